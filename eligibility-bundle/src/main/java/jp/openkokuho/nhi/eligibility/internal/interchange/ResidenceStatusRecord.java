package jp.openkokuho.nhi.eligibility.internal.interchange;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of the 在留資格ファイル (residence-status file, 3 items): a foreign resident's 在留資格 and the end of the
 * period of stay (rule R13). Components follow the glossary (§a3 file 4) in header order.
 *
 * @param atenaNo 宛名番号 (identifier, required)
 * @param residenceStatusCode 在留資格コード (code, required; the code table comes from 住基/入管 and is kept as written)
 * @param residenceExpiryDate 在留期間満了日 ({@code null} for statuses without a limit, such as 永住者)
 */
public record ResidenceStatusRecord(String atenaNo, String residenceStatusCode, LocalDate residenceExpiryDate)
        implements InterchangeRecord {

    /** @return {@link InterchangeKind#RESIDENCE_STATUS} */
    @Override
    public InterchangeKind kind() {
        return InterchangeKind.RESIDENCE_STATUS;
    }

    /** {@inheritDoc} */
    @Override
    public List<Object> itemValues() {
        return ItemValues.listOf(atenaNo, residenceStatusCode, residenceExpiryDate);
    }

    static ResidenceStatusRecord fromItemValues(ItemValues v) {
        return new ResidenceStatusRecord(v.text(0), v.text(1), v.date(2));
    }
}
