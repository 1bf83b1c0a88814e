package jp.openkokuho.nhi.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

import jp.openkokuho.nhi.api.interchange.InterchangeFileKind;

/** Completes interchange file kinds by their command-line names. */
@Service
public class FileKindCompleter implements Completer {
    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter delegate = new StringsCompleter();
        for (InterchangeFileKind k : InterchangeFileKind.values()) {
            delegate.getStrings().add(k.cliName());
        }
        return delegate.complete(session, commandLine, candidates);
    }
}
