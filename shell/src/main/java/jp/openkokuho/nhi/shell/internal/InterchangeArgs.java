package jp.openkokuho.nhi.shell.internal;

import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;

import jp.openkokuho.nhi.api.NhiException;
import jp.openkokuho.nhi.api.interchange.InterchangeFileKind;
import jp.openkokuho.nhi.api.interchange.InterchangeProgress;

/** The arguments nhi:import and nhi:export share, and their progress lines. */
final class InterchangeArgs {
    private InterchangeArgs() {
    }

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
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new NhiException("INPUT", "unknown charset '" + name + "'; use UTF-8 or Windows-31J");
        }
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
