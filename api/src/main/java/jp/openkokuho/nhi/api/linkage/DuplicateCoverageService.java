package jp.openkokuho.nhi.api.linkage;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** 資格重複 (R5): candidates from the 資格重複状況結果一覧, 勧奨 tracking, 職権喪失 proposals. Tenant code first. */
@ProviderType
public interface DuplicateCoverageService {

    /**
     * Imports one month's 資格重複状況結果一覧 (layout in docs/federation-files.md), all or nothing.
     *
     * @param tenantCode tenant
     * @param fileName for messages
     * @param content UTF-8 CSV
     * @return the report
     */
    ImportReport importDuplicateList(String tenantCode, String fileName, byte[] content);

    /**
     * @param tenantCode tenant
     * @param latestList month of the newest list
     * @return persons meeting all three conditions on that list, with their tracking stage
     */
    List<DuplicateCandidate> candidates(String tenantCode, YearMonth latestList);

    /**
     * Records a 届出勧奨 (first) or 再勧奨 (second), or — when called after the 再勧奨 deadline — proposes the
     * 職権喪失.
     *
     * @param tenantCode tenant
     * @param atenaNo a candidate
     * @param latestList month of the newest list (the person must still be a candidate on it)
     * @param today the day of the action
     * @return the candidate after the step
     * @throws LinkageException (R5) if the person is not a candidate or a deadline has not passed yet
     */
    DuplicateCandidate advance(String tenantCode, String atenaNo, YearMonth latestList, LocalDate today);
}
