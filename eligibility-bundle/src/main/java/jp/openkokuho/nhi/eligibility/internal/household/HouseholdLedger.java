package jp.openkokuho.nhi.eligibility.internal.household;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import jp.openkokuho.nhi.api.eligibility.ConcurrentChangeException;
import jp.openkokuho.nhi.api.eligibility.RelationshipType;
import jp.openkokuho.nhi.api.eligibility.RuleViolationException;
import jp.openkokuho.nhi.api.household.Household;
import jp.openkokuho.nhi.api.household.HouseholdMember;
import jp.openkokuho.nhi.eligibility.internal.rules.HouseholdHeadRule;
import jp.openkokuho.nhi.eligibility.internal.store.HouseholdEntity;
import jp.openkokuho.nhi.eligibility.internal.store.HouseholdHeadEntity;
import jp.openkokuho.nhi.eligibility.internal.store.HouseholdMemberEntity;

/**
 * The 国保世帯 tables of one tenant store, used inside the caller's transaction by the eligibility and household
 * services. Membership and head are append-only histories: the state on a day is, per person, the version with the
 * latest {@code validFrom} on or before that day (ties: the later sequence number), so a retroactive change is just
 * another version.
 *
 * <p>Locking: {@link #lock} increments the household's version counter with one UPDATE, which takes the row lock
 * until the transaction ends; every change to a household calls it first, so changes to one household are
 * serialised and each sees the committed state of the previous one.
 */
public final class HouseholdLedger {
    /** Rule id of the household checks (R21 世帯主と擬制世帯主; one household per person, one head). */
    public static final String RULE = HouseholdHeadRule.RULE;

    private HouseholdLedger() {
    }

    /** The state of one household on one day. */
    public record State(String householdNo, LocalDate asOf, HouseholdHeadEntity head,
            List<HouseholdMemberEntity> members) {
        /** @return the head's 宛名番号, or {@code null} */
        public String headAtenaNo() {
            return head == null ? null : head.getHeadAtenaNo();
        }

        /**
         * @param atenaNo a person
         * @return the person's active membership version that day
         */
        public Optional<HouseholdMemberEntity> member(String atenaNo) {
            return members.stream().filter(m -> m.getAtenaNo().equals(atenaNo)).findFirst();
        }

        /** @return the next free 記載順位 */
        public int nextListingOrder() {
            return members.stream().mapToInt(HouseholdMemberEntity::getListingOrder).max().orElse(0) + 1;
        }

        /** @return the members as the R21 rule sees them (the head first, insured or not) */
        public List<HouseholdHeadRule.Member> ruleMembers() {
            List<HouseholdHeadRule.Member> out = new ArrayList<>();
            String headNo = headAtenaNo();
            if (headNo != null && member(headNo).isEmpty()) {
                out.add(new HouseholdHeadRule.Member(headNo, true, false));
            }
            for (HouseholdMemberEntity m : members) {
                out.add(new HouseholdHeadRule.Member(m.getAtenaNo(), m.getAtenaNo().equals(headNo), true));
            }
            return out;
        }
    }

    /**
     * Takes the household's lock and moves its version on by one, creating the household at version 1 if asked.
     *
     * @param em the transaction
     * @param householdNo 国保世帯番号
     * @param expectedVersion the version the caller read, or a negative number to accept any
     * @param create create a missing household
     * @param now commit time (UTC)
     * @return the new version, or empty if the household does not exist and {@code create} is false
     * @throws ConcurrentChangeException if the version is not {@code expectedVersion}; the caller's transaction must
     *         then roll back
     */
    public static Optional<Long> lock(EntityManager em, String householdNo, long expectedVersion, boolean create,
            LocalDateTime now) {
        int updated = em.createNativeQuery(
            "UPDATE NHI_HOUSEHOLD SET VERSION_NO = VERSION_NO + 1 WHERE NHI_HOUSEHOLD_NO = ?")
            .setParameter(1, householdNo).executeUpdate();
        if (updated == 0) {
            if (!create) {
                return Optional.empty();
            }
            HouseholdEntity h = new HouseholdEntity();
            h.setNhiHouseholdNo(householdNo);
            h.setVersionNo(1);
            h.setCreatedAt(now);
            em.persist(h);
            em.flush();
            return Optional.of(1L);
        }
        long version = ((Number) em.createNativeQuery(
            "SELECT VERSION_NO FROM NHI_HOUSEHOLD WHERE NHI_HOUSEHOLD_NO = ?").setParameter(1, householdNo)
            .getSingleResult()).longValue();
        if (expectedVersion >= 0 && version != expectedVersion + 1) {
            throw new ConcurrentChangeException("国保世帯番号 " + householdNo + " was changed by another operation (read"
                + " at version " + expectedVersion + ", now version " + (version - 1) + "); nothing was stored, read"
                + " it again", null);
        }
        return Optional.of(version);
    }

    /**
     * @param em the transaction
     * @param householdNo 国保世帯番号
     * @return the current version, or empty for an unknown household
     */
    public static Optional<Long> version(EntityManager em, String householdNo) {
        HouseholdEntity h = em.find(HouseholdEntity.class, householdNo);
        return Optional.ofNullable(h).map(HouseholdEntity::getVersionNo);
    }

    /**
     * @param em the transaction
     * @param householdNo 国保世帯番号
     * @param date a day
     * @return the household's head and active members that day
     */
    public static State state(EntityManager em, String householdNo, LocalDate date) {
        List<HouseholdMemberEntity> rows = em.createQuery("SELECT m FROM HouseholdMemberEntity m"
            + " WHERE m.nhiHouseholdNo = :h", HouseholdMemberEntity.class).setParameter("h", householdNo)
            .getResultList();
        List<HouseholdMemberEntity> active = latestPerPerson(rows, date).values().stream()
            .filter(HouseholdMemberEntity::isActive)
            .sorted(Comparator.comparingInt(HouseholdMemberEntity::getListingOrder)
                .thenComparing(HouseholdMemberEntity::getAtenaNo))
            .toList();
        HouseholdHeadEntity head = em.createQuery("SELECT h FROM HouseholdHeadEntity h"
            + " WHERE h.nhiHouseholdNo = :h AND h.validFrom <= :d ORDER BY h.validFrom DESC, h.seq DESC",
            HouseholdHeadEntity.class).setParameter("h", householdNo).setParameter("d", date).setMaxResults(1)
            .getResultList().stream().findFirst().orElse(null);
        return new State(householdNo, date, head, active);
    }

    /**
     * @param em the transaction
     * @param atenaNo 宛名番号
     * @param date a day
     * @return the household the person is an active member of that day
     */
    public static Optional<String> householdOf(EntityManager em, String atenaNo, LocalDate date) {
        List<HouseholdMemberEntity> rows = em.createQuery("SELECT m FROM HouseholdMemberEntity m"
            + " WHERE m.atenaNo = :a", HouseholdMemberEntity.class).setParameter("a", atenaNo).getResultList();
        Map<String, List<HouseholdMemberEntity>> byHousehold = new LinkedHashMap<>();
        rows.forEach(r -> byHousehold.computeIfAbsent(r.getNhiHouseholdNo(), k -> new ArrayList<>()).add(r));
        for (Map.Entry<String, List<HouseholdMemberEntity>> e : byHousehold.entrySet()) {
            HouseholdMemberEntity latest = latestPerPerson(e.getValue(), date).get(atenaNo);
            if (latest != null && latest.isActive()) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /**
     * Appends a membership version.
     *
     * @param em the transaction
     * @param householdNo 国保世帯番号
     * @param atenaNo 宛名番号
     * @param active member from {@code validFrom} on (or no longer)
     * @param listingOrder 記載順位
     * @param relationship 続柄区分
     * @param relationshipName 続柄名称
     * @param validFrom first day of the state
     * @param householdVersion the household version this change made
     * @param now commit time (UTC)
     */
    public static void appendMember(EntityManager em, String householdNo, String atenaNo, boolean active,
            int listingOrder, RelationshipType relationship, String relationshipName, LocalDate validFrom,
            long householdVersion, LocalDateTime now) {
        HouseholdMemberEntity m = new HouseholdMemberEntity();
        m.setId(UUID.randomUUID().toString());
        m.setNhiHouseholdNo(householdNo);
        m.setSeq(nextSeq(em, "HouseholdMemberEntity", householdNo));
        m.setAtenaNo(atenaNo);
        m.setActive(active);
        m.setListingOrder(listingOrder);
        m.setRelationshipType(relationship.name());
        m.setRelationshipName(relationshipName);
        m.setValidFrom(validFrom);
        m.setHouseholdVersion(householdVersion);
        m.setRecordedAt(now);
        em.persist(m);
        em.flush();
    }

    /**
     * Appends a head version.
     *
     * @param em the transaction
     * @param householdNo 国保世帯番号
     * @param headAtenaNo 宛名番号 of the head
     * @param deemedHead the head is not NHI insured (擬制世帯主)
     * @param validFrom first day of the state
     * @param householdVersion the household version this change made
     * @param now commit time (UTC)
     */
    public static void appendHead(EntityManager em, String householdNo, String headAtenaNo, boolean deemedHead,
            LocalDate validFrom, long householdVersion, LocalDateTime now) {
        HouseholdHeadEntity h = new HouseholdHeadEntity();
        h.setId(UUID.randomUUID().toString());
        h.setNhiHouseholdNo(householdNo);
        h.setSeq(nextSeq(em, "HouseholdHeadEntity", householdNo));
        h.setHeadAtenaNo(headAtenaNo);
        h.setDeemedHead(deemedHead);
        h.setValidFrom(validFrom);
        h.setHouseholdVersion(householdVersion);
        h.setRecordedAt(now);
        em.persist(h);
        em.flush();
    }

    /**
     * A person joins a household on acquiring coverage: checks that they are in no other household that day, that
     * a 世帯主 joins only a household without another head, and appends the membership (and the head when they
     * join as head, or when they are the household's 擬制世帯主 who now becomes insured).
     *
     * @param em the transaction
     * @param householdNo 国保世帯番号
     * @param atenaNo 宛名番号
     * @param relationship 世帯主 or 世帯員
     * @param date the acquisition date
     * @param now commit time (UTC)
     * @throws RuleViolationException R21 naming the conflict
     */
    public static void join(EntityManager em, String householdNo, String atenaNo, RelationshipType relationship,
            LocalDate date, LocalDateTime now) {
        Optional<String> other = householdOf(em, atenaNo, date);
        if (other.isPresent()) {
            throw new RuleViolationException(RULE, "宛名番号 " + atenaNo + " is already a member of 国保世帯 "
                + other.get() + " on " + date + "; a person belongs to one 国保世帯 at a time");
        }
        long version = lock(em, householdNo, -1, true, now).orElseThrow();
        State state = state(em, householdNo, date);
        String head = state.headAtenaNo();
        boolean isHead = atenaNo.equals(head);
        if (relationship == RelationshipType.HEAD && head != null && !isHead) {
            throw new RuleViolationException(RULE, "国保世帯 " + householdNo + " already has a 世帯主 on " + date
                + "; a household has exactly one 世帯主 (record a 世帯主変更 instead)");
        }
        if (relationship == RelationshipType.MEMBER && isHead) {
            throw new RuleViolationException(RULE, "宛名番号 " + atenaNo + " is the 世帯主 of 国保世帯 " + householdNo
                + "; acquire as 世帯主");
        }
        appendMember(em, householdNo, atenaNo, true, state.nextListingOrder(), relationship, "", date, version, now);
        if (relationship == RelationshipType.HEAD) {
            appendHead(em, householdNo, atenaNo, false, date, version, now);
        }
    }

    /**
     * A person leaves their household on losing coverage; a head stays head as 擬制世帯主 (the 国保税 taxpayer, R21)
     * until a 世帯主変更 is recorded.
     *
     * @param em the transaction
     * @param householdNo 国保世帯番号 of the coverage period
     * @param atenaNo 宛名番号
     * @param lossDate the first day without coverage
     * @param now commit time (UTC)
     */
    public static void leave(EntityManager em, String householdNo, String atenaNo, LocalDate lossDate,
            LocalDateTime now) {
        Optional<Long> locked = lock(em, householdNo, -1, false, now);
        State before = state(em, householdNo, lossDate.minusDays(1));
        HouseholdMemberEntity m = before.member(atenaNo).orElse(null);
        if (locked.isEmpty() || m == null) {
            // coverage recorded before households were kept (or by a file import): nothing to end
            return;
        }
        long version = locked.get();
        appendMember(em, householdNo, atenaNo, false, m.getListingOrder(),
            RelationshipType.valueOf(m.getRelationshipType()), m.getRelationshipName(), lossDate, version, now);
        if (atenaNo.equals(before.headAtenaNo())) {
            appendHead(em, householdNo, atenaNo, true, lossDate, version, now);
        }
    }

    /**
     * @param state a household state
     * @param version the household's current version
     * @return the API view
     */
    public static Household toHousehold(State state, long version) {
        List<HouseholdMember> members = state.members().stream().map(m -> new HouseholdMember(m.getAtenaNo(),
            m.getListingOrder(), RelationshipType.valueOf(m.getRelationshipType()), m.getRelationshipName(),
            m.getValidFrom())).toList();
        return new Household(state.householdNo(), state.asOf(), state.headAtenaNo(),
            state.head() != null && state.head().isDeemedHead(), members, version);
    }

    private static Map<String, HouseholdMemberEntity> latestPerPerson(List<HouseholdMemberEntity> rows,
            LocalDate date) {
        Map<String, HouseholdMemberEntity> latest = new LinkedHashMap<>();
        Comparator<HouseholdMemberEntity> order = Comparator.comparing(HouseholdMemberEntity::getValidFrom)
            .thenComparingInt(HouseholdMemberEntity::getSeq);
        for (HouseholdMemberEntity r : rows) {
            if (!r.getValidFrom().isAfter(date)) {
                latest.merge(r.getAtenaNo(), r, (a, b) -> order.compare(a, b) >= 0 ? a : b);
            }
        }
        return latest;
    }

    private static int nextSeq(EntityManager em, String entity, String householdNo) {
        Integer max = em.createQuery("SELECT MAX(x.seq) FROM " + entity + " x WHERE x.nhiHouseholdNo = :h",
            Integer.class).setParameter("h", householdNo).getSingleResult();
        return max == null ? 1 : max + 1;
    }
}
