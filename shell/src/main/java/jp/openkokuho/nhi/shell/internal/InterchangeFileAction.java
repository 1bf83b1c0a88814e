package jp.openkokuho.nhi.shell.internal;

import java.io.PrintStream;
import java.nio.charset.Charset;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.support.completers.FileCompleter;

import jp.openkokuho.nhi.api.NhiException;
import jp.openkokuho.nhi.api.interchange.InterchangeFileKind;
import jp.openkokuho.nhi.api.interchange.InterchangeProgress;

/** Base of nhi:import and nhi:export: their shared arguments (Karaf reads them from this superclass) and progress lines. */
abstract class InterchangeFileAction extends NhiAction {
    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード")
    @Completion(TenantCompleter.class)
    String tenant;

    @Argument(index = 1, name = "kind", required = true,
            description = "qualification-change, mitigation-change, pref-qualification-dates or residence-status")
    @Completion(FileKindCompleter.class)
    String kind;

    @Argument(index = 2, name = "file", required = true, description = "the CSV file")
    @Completion(FileCompleter.class)
    String file;

    @Option(name = "--charset", description = "UTF-8 (default) or Windows-31J")
    String charset = "UTF-8";

    /** @return the kind named on the command line, or an {@code INPUT} error naming the valid kinds */
    static InterchangeFileKind kind(String name) {
        try {
            return InterchangeFileKind.parse(name);
        } catch (IllegalArgumentException e) {
            throw new NhiException("INPUT", e.getMessage());
        }
    }

    /** @return the charset named on the command line, or an {@code INPUT} error */
    static Charset charset(String name) {
        return Args.charset(name);
    }

    /**
     * Progress as one line per report of the service (every {@link InterchangeProgress#INTERVAL} rows and at the end
     * of each phase), for example {@code   checking: 300000 rows}.
     */
    static InterchangeProgress printer(PrintStream out) {
        return (phase, rows) -> out.println("  " + switch (phase) {
            case VALIDATING -> "checking";
            case STORING -> "storing";
            case EXPORTING -> "writing";
        } + ": " + rows + " rows");
    }
}
