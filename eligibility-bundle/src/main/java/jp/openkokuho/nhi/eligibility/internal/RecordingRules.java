package jp.openkokuho.nhi.eligibility.internal;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import jp.openkokuho.nhi.api.eligibility.AcquisitionReason;
import jp.openkokuho.nhi.api.eligibility.AcquisitionRequest;
import jp.openkokuho.nhi.api.eligibility.LossReason;
import jp.openkokuho.nhi.api.eligibility.LossRequest;
import jp.openkokuho.nhi.api.eligibility.RuleViolationException;
import jp.openkokuho.nhi.eligibility.internal.rules.AcquisitionDateRule;
import jp.openkokuho.nhi.eligibility.internal.rules.Ages;
import jp.openkokuho.nhi.eligibility.internal.rules.ElderlyRecipientRule;
import jp.openkokuho.nhi.eligibility.internal.rules.LossDateRule;
import jp.openkokuho.nhi.eligibility.internal.rules.ResidenceStatus;
import jp.openkokuho.nhi.eligibility.internal.rules.ResidenceStatusRule;
import jp.openkokuho.nhi.eligibility.internal.rules.TenantRules;
import jp.openkokuho.nhi.eligibility.internal.store.PersonEntity;
import jp.openkokuho.nhi.eligibility.internal.store.ResidenceStatusEntity;

/**
 * The person-dependent checks of a recorded acquisition or loss, run inside the write transaction so that they see
 * the committed particulars and residence status. Messages name the 宛名番号 and the rule, never a name or a birth
 * date.
 */
final class RecordingRules {
    /** Age from which a 後期高齢者医療 障害認定 (and so an NHI loss for it) is possible. */
    static final int LATE_ELDERLY_DISABILITY_AGE = 65;

    private RecordingRules() {
    }

    /**
     * R1 (registered, under 75), R2 (not before birth; 出生 on the birth date), R13 (residence status not excluded,
     * acquisition within the period of stay).
     *
     * @return the person
     */
    static PersonEntity checkAcquisition(EntityManager em, TenantRules rules, String atenaNo, AcquisitionRequest r,
            LocalDate acquisitionDate) {
        PersonEntity person = PersonServiceImpl.require(em, atenaNo);
        LocalDate birth = person.getBirthDate();
        if (r.eventDate().isBefore(birth)) {
            throw new RuleViolationException(AcquisitionDateRule.RULE, "宛名番号 " + atenaNo + ": the event date "
                + r.eventDate() + " is before the person's 生年月日");
        }
        if (r.reason() == AcquisitionReason.BIRTH && !r.eventDate().equals(birth)) {
            throw new RuleViolationException(AcquisitionDateRule.RULE, "宛名番号 " + atenaNo + ": an acquisition by 出生"
                + " must name the 生年月日 as its event date");
        }
        if (acquisitionDate.isAfter(ElderlyRecipientRule.endDate(birth))) {
            throw new RuleViolationException("R1", "宛名番号 " + atenaNo + " is 75 or older on " + acquisitionDate
                + ": 後期高齢者医療 insured persons are excluded from NHI (国保法6条8号)");
        }
        checkResidence(em, rules, atenaNo, acquisitionDate);
        return person;
    }

    /**
     * R1 (registered), R3 (not before birth; 後期高齢者医療該当 only from 65, and on reaching 75 exactly on the 75th
     * birthday).
     *
     * @return the person
     */
    static PersonEntity checkLoss(EntityManager em, String atenaNo, LossRequest r) {
        PersonEntity person = PersonServiceImpl.require(em, atenaNo);
        LocalDate birth = person.getBirthDate();
        if (r.eventDate().isBefore(birth)) {
            throw new RuleViolationException(LossDateRule.RULE, "宛名番号 " + atenaNo + ": the event date "
                + r.eventDate() + " is before the person's 生年月日");
        }
        if (r.reason() == LossReason.LATE_ELDERLY) {
            LocalDate seventyFifth = Ages.birthday(birth, 75);
            if (Ages.ageOn(birth, r.eventDate()) < LATE_ELDERLY_DISABILITY_AGE) {
                throw new RuleViolationException(LossDateRule.RULE, "宛名番号 " + atenaNo + ": "
                    + LossReason.LATE_ELDERLY.label() + " on " + r.eventDate() + " does not fit a person under 65"
                    + " (後期高齢者医療 starts at 75, or from 65 with 障害認定)");
            }
            if (r.eventDate().isAfter(seventyFifth)) {
                throw new RuleViolationException(LossDateRule.RULE, "宛名番号 " + atenaNo + ": a 75歳到達 loss takes"
                    + " effect on the 75th birthday itself, and " + r.eventDate() + " is after it");
            }
        }
        return person;
    }

    private static void checkResidence(EntityManager em, TenantRules rules, String atenaNo, LocalDate date) {
        List<ResidenceStatusEntity> latest = em.createQuery("SELECT s FROM ResidenceStatusEntity s"
            + " WHERE s.atenaNo = :a ORDER BY s.seq DESC", ResidenceStatusEntity.class).setParameter("a", atenaNo)
            .setMaxResults(1).getResultList();
        if (latest.isEmpty()) {
            return;
        }
        ResidenceStatusEntity s = latest.get(0);
        ResidenceStatus status = rules.residenceStatus(s.getResidenceStatusCode()).orElse(null);
        if (status != null && status.isExcluded()) {
            throw new RuleViolationException(ResidenceStatusRule.RULE, "宛名番号 " + atenaNo + ": 在留資格 "
                + status.label() + " (code " + s.getResidenceStatusCode() + ") is excluded from NHI (施行規則1条)");
        }
        if (s.getResidenceExpiryDate() != null && date.isAfter(s.getResidenceExpiryDate())) {
            throw new RuleViolationException(ResidenceStatusRule.RULE, "宛名番号 " + atenaNo + ": " + date
                + " is after the 在留期間満了日 " + s.getResidenceExpiryDate() + "; import the renewed residence status"
                + " first");
        }
    }
}
