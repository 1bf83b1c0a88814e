package jp.openkokuho.nhi.eligibility.internal.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.felix.hc.api.Result;
import org.apache.felix.hc.api.ResultLog;
import org.junit.jupiter.api.Test;

import jp.openkokuho.nhi.api.tenant.Tenant;
import jp.openkokuho.nhi.api.tenant.TenantService;
import jp.openkokuho.nhi.api.transfer.DestinationInfo;
import jp.openkokuho.nhi.api.transfer.DestinationStatus;
import jp.openkokuho.nhi.api.transfer.TransferStatusService;

class DeliveryHealthCheckTest {
    private final TransferStatusService transfers = mock(TransferStatusService.class);
    private final TenantService tenants = mock(TenantService.class);
    private final DeliveryHealthCheck check = new DeliveryHealthCheck(transfers, tenants, Duration.ofMinutes(10),
        Duration.ofHours(1));

    private void given(DestinationStatus status, DestinationInfo info) {
        when(tenants.tenants()).thenReturn(List.of(new Tenant("112291", "和光市", "110270", List.of("residentregistry"))));
        when(transfers.status("112291")).thenReturn(List.of(status));
        when(transfers.destinations()).thenReturn(info == null ? List.of() : List.of(info));
    }

    private static DestinationInfo info(String refusal) {
        return new DestinationInfo("residentregistry", "住民記録システム", "住民基本台帳法第7条第10号", List.of("atena_no"),
            "b", "1", refusal);
    }

    private static List<String> messages(Result r) {
        List<String> out = new ArrayList<>();
        for (ResultLog.Entry e : r) {
            out.add(e.getStatus() + " " + e.getMessage());
        }
        return out;
    }

    @Test
    void aHealthyDestinationIsOk() {
        given(new DestinationStatus("112291", "residentregistry", true, 12, 0, 0, null), info(null));
        Result r = check.execute();
        assertThat(r.getStatus()).isEqualTo(Result.Status.OK);
        assertThat(messages(r)).containsExactly("OK 112291 residentregistry: bound=true, pending=0, oldest pending=-,"
            + " dead letters=0, delivered=12");
    }

    @Test
    void waitingChangesWithoutADestinationWarn() {
        given(new DestinationStatus("112291", "residentregistry", false, 3, 4, 0, Duration.ofSeconds(30)), null);
        Result r = check.execute();
        assertThat(r.getStatus()).isEqualTo(Result.Status.WARN);
        assertThat(messages(r).get(0)).endsWith("destination not bound, changes are waiting");
    }

    @Test
    void deadLettersWarnAndAnOldBacklogIsCritical() {
        given(new DestinationStatus("112291", "residentregistry", true, 3, 0, 2, null), info(null));
        assertThat(check.execute().getStatus()).isEqualTo(Result.Status.WARN);
        given(new DestinationStatus("112291", "residentregistry", true, 3, 5, 0, Duration.ofMinutes(61)), info(null));
        Result r = check.execute();
        assertThat(r.getStatus()).isEqualTo(Result.Status.CRITICAL);
        assertThat(messages(r).get(0)).endsWith("backlog older than 3600s");
    }

    @Test
    void aDestinationRefusedByItsPolicyIsCritical() {
        given(new DestinationStatus("112291", "residentregistry", true, 0, 1, 0, Duration.ofSeconds(5)),
            info("no transfer policy for destination residentregistry: nothing is delivered (default deny)"));
        Result r = check.execute();
        assertThat(r.getStatus()).isEqualTo(Result.Status.CRITICAL);
        assertThat(messages(r).get(0)).contains("refused by its transfer policy: no transfer policy");
    }
}
