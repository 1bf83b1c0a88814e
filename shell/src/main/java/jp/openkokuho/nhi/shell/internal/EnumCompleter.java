package jp.openkokuho.nhi.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Completes the constant names of an enum. */
abstract class EnumCompleter implements Completer {
    private final Class<? extends Enum<?>> type;

    EnumCompleter(Class<? extends Enum<?>> type) {
        this.type = type;
    }

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter delegate = new StringsCompleter();
        for (Enum<?> e : type.getEnumConstants()) {
            delegate.getStrings().add(e.name());
        }
        return delegate.complete(session, commandLine, candidates);
    }
}
