package jp.openkokuho.nhi.linkage.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jp.openkokuho.nhi.api.NhiException;
import jp.openkokuho.nhi.api.privacy.KeyRotationProgress;
import jp.openkokuho.nhi.api.privacy.KeyRotationResult;
import jp.openkokuho.nhi.api.privacy.MyNumber;
import jp.openkokuho.nhi.api.privacy.MyNumberPurpose;
import jp.openkokuho.nhi.api.privacy.MyNumberService;

/**
 * The core's {@link MyNumberService} contract in memory, for the linkage tests (encryption and the blind index are
 * the core's and tested there): re-linking is allowed, a number of another person is {@code MY_NUMBER_IN_USE}, a
 * purpose that is not permitted is refused before anything is read.
 */
public final class MemoryMyNumbers implements MyNumberService {
    /** 宛名番号 → number, as the core would store it. */
    public final Map<String, MyNumber> byAtena = new ConcurrentHashMap<>();

    @Override
    public boolean link(String tenantCode, String atenaNo, MyNumber number) {
        findAtenaNo(tenantCode, number).filter(a -> !a.equals(atenaNo)).ifPresent(a -> {
            throw new NhiException("MY_NUMBER_IN_USE", "linked to another person");
        });
        return !number.equals(byAtena.put(atenaNo, number));
    }

    @Override
    public Optional<String> findAtenaNo(String tenantCode, MyNumber number) {
        return byAtena.entrySet().stream().filter(e -> e.getValue().equals(number)).map(Map.Entry::getKey).findFirst();
    }

    @Override
    public boolean isLinked(String tenantCode, String atenaNo) {
        return byAtena.containsKey(atenaNo);
    }

    @Override
    public MyNumber reveal(String tenantCode, String atenaNo, MyNumberPurpose purpose) {
        if (!purpose.permitted()) {
            throw new NhiException("MY_NUMBER_PURPOSE_DENIED", purpose.japaneseName());
        }
        MyNumber n = byAtena.get(atenaNo);
        if (n == null) {
            throw new NhiException("MY_NUMBER_NOT_LINKED", "no number");
        }
        return n;
    }

    @Override
    public KeyRotationResult rotateKey(String tenantCode, KeyRotationProgress progress) {
        throw new UnsupportedOperationException("not needed by the linkage");
    }
}
