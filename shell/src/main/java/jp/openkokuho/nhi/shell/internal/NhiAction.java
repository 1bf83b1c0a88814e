package jp.openkokuho.nhi.shell.internal;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.support.CommandException;

import jp.openkokuho.nhi.api.NhiException;

/**
 * Base of the nhi commands. A platform error becomes a {@link CommandException} carrying {@code [code] message}:
 * the shell prints it as one line ("Error executing command: …", no stack trace) on the session's error channel,
 * and the command fails for scripts.
 */
abstract class NhiAction implements Action {
    PrintStream out = System.out;

    @Override
    public final Object execute() throws Exception {
        try {
            run();
        } catch (NhiException e) {
            throw new CommandException(e.oneLine());
        }
        return null;
    }

    abstract void run() throws Exception;
}
