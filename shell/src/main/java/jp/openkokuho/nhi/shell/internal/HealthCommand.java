package jp.openkokuho.nhi.shell.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;
import org.apache.felix.hc.api.ResultLog;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** Runs the platform's health checks (Felix HC services tagged {@code nhi}) and prints each entry. */
@Service
@Command(scope = "nhi", name = "health", description = "Runs the platform's health checks (deliveries per tenant and destination)")
public class HealthCommand extends NhiAction {
    @Reference
    BundleContext context;

    @Override
    void run() throws InvalidSyntaxException {
        List<ServiceReference<HealthCheck>> refs = new ArrayList<>(
            context.getServiceReferences(HealthCheck.class, "(" + HealthCheck.TAGS + "=nhi)"));
        if (refs.isEmpty()) {
            out.println("No NHI health check is registered");
            return;
        }
        for (ServiceReference<HealthCheck> ref : refs) {
            HealthCheck check = context.getService(ref);
            if (check == null) {
                continue;
            }
            try {
                Result r = check.execute();
                out.println(ref.getProperty(HealthCheck.NAME) + ": " + r.getStatus());
                for (ResultLog.Entry e : r) {
                    out.println("  " + e.getStatus() + " " + e.getMessage());
                }
            } finally {
                context.ungetService(ref);
            }
        }
    }
}
