package jp.openkokuho.nhi.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

import jp.openkokuho.nhi.api.tenant.TenantService;

/** Completes destination ids used by any open tenant. */
@Service
public class DestinationCompleter implements Completer {
    @Reference
    TenantService tenants;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter delegate = new StringsCompleter();
        tenants.tenants().stream().flatMap(t -> t.destinations().stream()).distinct()
            .forEach(delegate.getStrings()::add);
        return delegate.complete(session, commandLine, candidates);
    }
}
