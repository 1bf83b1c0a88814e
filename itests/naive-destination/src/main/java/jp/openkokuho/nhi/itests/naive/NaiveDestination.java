package jp.openkokuho.nhi.itests.naive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Component;

import jp.openkokuho.nhi.api.transfer.ChangeItems;
import jp.openkokuho.nhi.api.transfer.DeliveryResult;
import jp.openkokuho.nhi.api.transfer.Destination;
import jp.openkokuho.nhi.api.transfer.EligibilityChange;
import jp.openkokuho.nhi.api.transfer.EligibilityChangeConsumer;

/**
 * WRONG ON PURPOSE: writes the file and answers OK without remembering the event id, and takes a while between its
 * effect and its answer. A crash in that window makes the platform deliver the change again, and this destination
 * applies it again. The crash test must catch exactly that.
 */
@Component(service = EligibilityChangeConsumer.class, immediate = true)
@Destination(id = "residentregistry", name = "住民記録システム (non-idempotent fixture)",
        legalBasis = "住民基本台帳法第7条第10号",
        items = {ChangeItems.ATENA_NO, ChangeItems.COVERAGE_START_DATE, ChangeItems.COVERAGE_END_DATE})
public class NaiveDestination implements EligibilityChangeConsumer {

    @Override
    public DeliveryResult deliver(EligibilityChange change) throws IOException, InterruptedException {
        Path dir = Path.of(System.getProperty("karaf.data"), "nhi", "transfer", "residentregistry",
            change.tenantCode(), "outbound");
        Files.createDirectories(dir);
        String name = String.format("NHIJUKI_%s_%012d_%s.csv", change.tenantCode(), change.sequence(),
            change.eventId());
        Files.writeString(dir.resolve(name), change.subjectKey() + "," + change.subjectSequence() + "\n",
            StandardCharsets.UTF_8);
        // the window between the effect and the acknowledgement that an idempotent destination must survive
        TimeUnit.MILLISECONDS.sleep(40);
        return DeliveryResult.OK;
    }
}
