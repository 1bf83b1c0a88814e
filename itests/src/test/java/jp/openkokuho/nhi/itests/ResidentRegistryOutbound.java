package jp.openkokuho.nhi.itests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Where the 住民記録 destination of the running distribution writes, as the tests read it. */
final class ResidentRegistryOutbound {
    private ResidentRegistryOutbound() {
    }

    /** @return the destination's root folder ({@code data/nhi/transfer/residentregistry}) */
    static Path root() {
        return Path.of(System.getProperty("karaf.data"), "nhi", "transfer", "residentregistry");
    }

    /**
     * @param tenant a municipality code
     * @return the files delivered for it, in name order (= change order); empty if none yet
     * @throws IOException if the folder cannot be listed
     */
    static List<Path> files(String tenant) throws IOException {
        Path dir = root().resolve(tenant).resolve("outbound");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().collect(Collectors.toList());
        }
    }
}
