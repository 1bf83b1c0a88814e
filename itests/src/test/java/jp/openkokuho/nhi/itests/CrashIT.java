package jp.openkokuho.nhi.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.Test;

/**
 * kill -9 during delivery, restart, and compare the destination's effects with the committed changes.
 * {@code -Dnhi.crash.cycles=N} runs longer (see scripts/crash-soak.sh); {@code -Dnhi.crash.seed=S} repeats a run.
 */
public class CrashIT {
    private static final int CYCLES = Integer.getInteger("nhi.crash.cycles", 3);
    private static final int SUBJECTS = Integer.getInteger("nhi.crash.subjects", 60);

    private static long seed(long offset) {
        String s = System.getProperty("nhi.crash.seed", "");
        return (s.isBlank() ? System.nanoTime() : Long.parseLong(s)) + offset;
    }

    @Test
    public void theIdempotentDestinationAppliesEveryCommittedChangeOnceAndInOrderAcrossKills() throws Exception {
        CrashHarness.Result r = new CrashHarness(Path.of("target", "crash", "idempotent"), 8141, false, seed(0))
            .run(CYCLES, SUBJECTS);
        System.out.println("crash test (idempotent): " + r.summary());
        assertTrue("some changes must have committed: " + r.summary(), r.committed() > SUBJECTS);
        assertEquals(r.summary(), List.of(), r.violations());
        assertEquals(r.committed(), r.applied());
    }

    @Test
    public void theSameHarnessCatchesANonIdempotentDestination() throws Exception {
        CrashHarness.Result r = new CrashHarness(Path.of("target", "crash", "naive"), 8151, true, seed(1))
            .run(CYCLES, SUBJECTS);
        System.out.println("crash test (naive): " + r.summary() + " -> " + r.violations().size() + " violations");
        assertTrue("the harness must detect duplicated effects of a non-idempotent destination: " + r.summary(),
            r.violations().stream().anyMatch(v -> v.endsWith("applied 2 times")));
    }
}
