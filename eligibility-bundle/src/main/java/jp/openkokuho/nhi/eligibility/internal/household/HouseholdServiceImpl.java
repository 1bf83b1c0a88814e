package jp.openkokuho.nhi.eligibility.internal.household;

import static jp.openkokuho.nhi.eligibility.internal.Checks.digits;
import static jp.openkokuho.nhi.eligibility.internal.Checks.require;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jp.openkokuho.nhi.api.eligibility.ConcurrentChangeException;
import jp.openkokuho.nhi.api.eligibility.RelationshipType;
import jp.openkokuho.nhi.api.eligibility.RuleViolationException;
import jp.openkokuho.nhi.api.household.HeadChangeRequest;
import jp.openkokuho.nhi.api.household.Household;
import jp.openkokuho.nhi.api.household.HouseholdService;
import jp.openkokuho.nhi.api.household.MembershipChangeRequest;
import jp.openkokuho.nhi.eligibility.internal.EligibilityServiceImpl;
import jp.openkokuho.nhi.eligibility.internal.PersonServiceImpl;
import jp.openkokuho.nhi.eligibility.internal.rules.HouseholdHeadRule;
import jp.openkokuho.nhi.eligibility.internal.rules.RuleParametersRegistry;
import jp.openkokuho.nhi.eligibility.internal.security.AccessGuard;
import jp.openkokuho.nhi.eligibility.internal.security.Operation;
import jp.openkokuho.nhi.eligibility.internal.store.HouseholdMemberEntity;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantRegistry;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantStore;

/**
 * {@link HouseholdService} over {@link HouseholdLedger}. A change locks the household row first (so two staff
 * members changing one household are serialised), then compares the version the request carries with the stored
 * one: the later of two changes based on the same read finds the version moved on and stores nothing.
 */
@Component(service = HouseholdService.class)
public class HouseholdServiceImpl implements HouseholdService {
    private static final int MAX_LISTING_ORDER = 99;
    private static final int MAX_RELATIONSHIP_NAME = 30;

    private final TenantRegistry tenants;
    private final RuleParametersRegistry rules;
    private final AccessGuard guard;
    private final Clock clock;

    /**
     * @param tenants the open tenant stores
     * @param rules per-tenant rule parameters
     * @param guard authorises and logs every operation
     */
    @Activate
    public HouseholdServiceImpl(@Reference TenantRegistry tenants, @Reference RuleParametersRegistry rules,
            @Reference AccessGuard guard) {
        this(tenants, rules, guard, Clock.system(EligibilityServiceImpl.JAPAN));
    }

    /**
     * @param tenants the open tenant stores
     * @param rules per-tenant rule parameters
     * @param guard authorises and logs every operation
     * @param clock time source (zone = Japan)
     */
    public HouseholdServiceImpl(TenantRegistry tenants, RuleParametersRegistry rules, AccessGuard guard,
            Clock clock) {
        this.tenants = tenants;
        this.rules = rules;
        this.guard = guard;
        this.clock = clock;
    }

    @Override
    public Optional<Household> household(String tenantCode, String nhiHouseholdNo, LocalDate asOf) {
        return guard.call(tenantCode, Operation.HOUSEHOLD_READ, null, () -> {
            TenantStore store = tenants.store(tenantCode);
            digits(nhiHouseholdNo, "国保世帯番号");
            require(asOf != null, "INPUT", "no date given");
            return store.read(em -> read(em, nhiHouseholdNo, asOf));
        });
    }

    @Override
    public Optional<Household> householdOf(String tenantCode, String atenaNo, LocalDate asOf) {
        return guard.call(tenantCode, Operation.HOUSEHOLD_READ, atenaNo, () -> {
            TenantStore store = tenants.store(tenantCode);
            digits(atenaNo, "宛名番号");
            require(asOf != null, "INPUT", "no date given");
            return store.read(em -> HouseholdLedger.householdOf(em, atenaNo, asOf)
                .flatMap(h -> read(em, h, asOf)));
        });
    }

    @Override
    public Household changeHead(String tenantCode, HeadChangeRequest r) {
        return guard.call(tenantCode, Operation.HOUSEHOLD_HEAD_CHANGE, r == null ? null : r.newHeadAtenaNo(),
            () -> headChange(tenantCode, r));
    }

    private Household headChange(String tenantCode, HeadChangeRequest r) {
        TenantStore store = tenants.store(tenantCode);
        require(r != null, "INPUT", "no change given");
        String householdNo = digits(r.nhiHouseholdNo(), "国保世帯番号");
        String newHead = digits(r.newHeadAtenaNo(), "宛名番号");
        require(r.applicationDate() != null && r.approvalDate() != null, "INPUT",
            "the application and approval dates are needed");
        require(!r.approvalDate().isAfter(LocalDate.now(clock)), "INPUT", "the approval date "
            + r.approvalDate() + " is in the future");
        LocalDate effective = HouseholdHeadRule.headChangeEffectiveDate(r.applicationDate(), r.approvalDate(),
            rules.forTenant(tenantCode).parameters());
        return change(store, householdNo, r.expectedVersion(), (em, version, now) -> {
            PersonServiceImpl.require(em, newHead);
            HouseholdLedger.State state = HouseholdLedger.state(em, householdNo, effective);
            String oldHead = state.headAtenaNo();
            if (newHead.equals(oldHead)) {
                throw new RuleViolationException(HouseholdLedger.RULE, "宛名番号 " + newHead
                    + " is already the 世帯主 of 国保世帯 " + householdNo + " on " + effective);
            }
            Optional<String> other = HouseholdLedger.householdOf(em, newHead, effective);
            if (other.isPresent() && !other.get().equals(householdNo)) {
                throw new RuleViolationException(HouseholdLedger.RULE, "宛名番号 " + newHead + " is insured in 国保世帯 "
                    + other.get() + " on " + effective + " and cannot be 世帯主 of " + householdNo);
            }
            Optional<HouseholdMemberEntity> newHeadMember = state.member(newHead);
            boolean replacesDeemedHead = state.head() != null && state.head().isDeemedHead();
            if (replacesDeemedHead && newHeadMember.isPresent() && !HouseholdHeadRule.mayRegisterInsuredHead(
                    state.ruleMembers(), newHead, r.deemedHeadConsents(), r.arrears())) {
                throw new RuleViolationException(HouseholdHeadRule.RULE, "an insured member replaces the 擬制世帯主 of"
                    + " 国保世帯 " + householdNo + " only with the 擬制世帯主's consent and without arrears"
                    + " (施行規則10条の2)");
            }
            HouseholdLedger.appendHead(em, householdNo, newHead, newHeadMember.isEmpty(), effective, version, now);
            if (oldHead != null) {
                state.member(oldHead).ifPresent(m -> HouseholdLedger.appendMember(em, householdNo, oldHead, true,
                    m.getListingOrder(), RelationshipType.MEMBER, m.getRelationshipName(), effective, version, now));
            }
            newHeadMember.ifPresent(m -> HouseholdLedger.appendMember(em, householdNo, newHead, true,
                m.getListingOrder(), RelationshipType.HEAD, m.getRelationshipName(), effective, version, now));
            return effective;
        });
    }

    @Override
    public Household changeMembership(String tenantCode, MembershipChangeRequest r) {
        return guard.call(tenantCode, Operation.HOUSEHOLD_MEMBERSHIP_CHANGE, r == null ? null : r.atenaNo(),
            () -> membershipChange(tenantCode, r));
    }

    private Household membershipChange(String tenantCode, MembershipChangeRequest r) {
        TenantStore store = tenants.store(tenantCode);
        require(r != null, "INPUT", "no change given");
        String householdNo = digits(r.nhiHouseholdNo(), "国保世帯番号");
        String atenaNo = digits(r.atenaNo(), "宛名番号");
        require(r.effectiveDate() != null, "INPUT", "the effective date is missing");
        require(r.listingOrder() >= 1 && r.listingOrder() <= MAX_LISTING_ORDER, "INPUT",
            "記載順位 must be 1 to " + MAX_LISTING_ORDER);
        String name = r.relationshipName() == null ? "" : r.relationshipName().strip();
        require(name.length() <= MAX_RELATIONSHIP_NAME, "INPUT", "続柄名称 must be at most " + MAX_RELATIONSHIP_NAME
            + " characters");
        return change(store, householdNo, r.expectedVersion(), (em, version, now) -> {
            HouseholdLedger.State state = HouseholdLedger.state(em, householdNo, r.effectiveDate());
            HouseholdMemberEntity m = state.member(atenaNo).orElseThrow(() -> new RuleViolationException(
                HouseholdLedger.RULE, "宛名番号 " + atenaNo + " is not an insured member of 国保世帯 " + householdNo
                    + " on " + r.effectiveDate()));
            boolean taken = state.members().stream().anyMatch(o -> !o.getAtenaNo().equals(atenaNo)
                && o.getListingOrder() == r.listingOrder());
            if (taken) {
                throw new RuleViolationException(HouseholdLedger.RULE, "記載順位 " + r.listingOrder()
                    + " is held by another member of 国保世帯 " + householdNo + " on " + r.effectiveDate());
            }
            HouseholdLedger.appendMember(em, householdNo, atenaNo, true, r.listingOrder(),
                RelationshipType.valueOf(m.getRelationshipType()), name, r.effectiveDate(), version, now);
            return r.effectiveDate();
        });
    }

    /** One household change inside the locked transaction; returns the day the result is shown for. */
    @FunctionalInterface
    private interface Change {
        LocalDate apply(EntityManager em, long version, LocalDateTime now);
    }

    private Household change(TenantStore store, String householdNo, long expectedVersion, Change change) {
        require(expectedVersion >= 1, "INPUT", "the household version read is missing");
        try {
            return store.inTransaction(em -> {
                LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
                long version = HouseholdLedger.lock(em, householdNo, expectedVersion, false, now)
                    .orElseThrow(() -> new RuleViolationException(HouseholdLedger.RULE, "国保世帯番号 " + householdNo
                        + " is unknown"));
                LocalDate shown = change.apply(em, version, now);
                Household result = HouseholdLedger.toHousehold(HouseholdLedger.state(em, householdNo, shown), version);
                guard.sealInTransaction(em);
                return result;
            });
        } catch (PersistenceException e) {
            if (EligibilityServiceImpl.isUniqueViolation(e)) {
                throw new ConcurrentChangeException("国保世帯番号 " + householdNo
                    + " was changed by another operation at the same time; nothing was stored, read it again", e);
            }
            throw e;
        }
    }

    private static Optional<Household> read(EntityManager em, String householdNo, LocalDate asOf) {
        return HouseholdLedger.version(em, householdNo)
            .map(v -> HouseholdLedger.toHousehold(HouseholdLedger.state(em, householdNo, asOf), v));
    }
}
