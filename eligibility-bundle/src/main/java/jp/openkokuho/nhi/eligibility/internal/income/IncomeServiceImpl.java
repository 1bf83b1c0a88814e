package jp.openkokuho.nhi.eligibility.internal.income;

import static jp.openkokuho.nhi.eligibility.internal.Checks.digits;
import static jp.openkokuho.nhi.eligibility.internal.Checks.require;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jp.openkokuho.nhi.api.NhiException;
import jp.openkokuho.nhi.api.eligibility.RuleViolationException;
import jp.openkokuho.nhi.api.income.BurdenRate;
import jp.openkokuho.nhi.api.income.HouseholdIncomeCategory;
import jp.openkokuho.nhi.api.income.IncomeBracket;
import jp.openkokuho.nhi.api.income.IncomeImportResult;
import jp.openkokuho.nhi.api.income.IncomeService;
import jp.openkokuho.nhi.api.income.InvoluntaryUnemployment;
import jp.openkokuho.nhi.api.income.PersonIncome;
import jp.openkokuho.nhi.api.income.UnemploymentRequest;
import jp.openkokuho.nhi.eligibility.internal.EligibilityServiceImpl;
import jp.openkokuho.nhi.eligibility.internal.PersonServiceImpl;
import jp.openkokuho.nhi.eligibility.internal.audit.OperationOutcome;
import jp.openkokuho.nhi.eligibility.internal.household.HouseholdLedger;
import jp.openkokuho.nhi.eligibility.internal.interchange.IncomeFileReader;
import jp.openkokuho.nhi.eligibility.internal.rules.ElderlyRecipientRule.CopayDecision;
import jp.openkokuho.nhi.eligibility.internal.rules.ElderlyRecipientRule.ElderlyMember;
import jp.openkokuho.nhi.eligibility.internal.rules.ElderlyRecipientRule;
import jp.openkokuho.nhi.eligibility.internal.rules.InvoluntaryUnemploymentRule;
import jp.openkokuho.nhi.eligibility.internal.rules.MonthRange;
import jp.openkokuho.nhi.eligibility.internal.rules.RuleParametersRegistry;
import jp.openkokuho.nhi.eligibility.internal.security.AccessGuard;
import jp.openkokuho.nhi.eligibility.internal.security.Operation;
import jp.openkokuho.nhi.eligibility.internal.store.CoverageVersionEntity;
import jp.openkokuho.nhi.eligibility.internal.store.HouseholdMemberEntity;
import jp.openkokuho.nhi.eligibility.internal.store.ImportLogEntity;
import jp.openkokuho.nhi.eligibility.internal.store.PersonEntity;
import jp.openkokuho.nhi.eligibility.internal.store.TaxIncomeEntity;
import jp.openkokuho.nhi.eligibility.internal.store.UnemploymentEntity;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantRegistry;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantStore;

/**
 * {@link IncomeService} over the tenant stores. An import reads and checks the whole file first
 * ({@link IncomeFileReader}), then, in one transaction, recognises a repeated file by its hash in the import log,
 * checks that every row names a registered person and no person and year twice, and only then appends the rows: a
 * file with any error stores nothing.
 *
 * <p>The determinations read the person's 国保世帯 on the day asked about and the income of the 課税年度 that the
 * 1 August redetermination selects (R15: from August the current 年度, before it the previous one).
 */
@Component(service = IncomeService.class)
public class IncomeServiceImpl implements IncomeService {
    /** Import-log kind of income files. */
    public static final String IMPORT_KIND = "TAX_INCOME";
    /** Rule id of the 所得区分 (R9). */
    public static final String CATEGORY_RULE = "R9";
    /** 区分ア: 旧ただし書所得 total above this. */
    static final long BRACKET_A_ABOVE = 9_010_000L;
    /** 区分イ: above this. */
    static final long BRACKET_I_ABOVE = 6_000_000L;
    /** 区分ウ: above this; エ up to it. */
    static final long BRACKET_U_ABOVE = 2_100_000L;
    private static final int FULL_RATE = 30;

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
    public IncomeServiceImpl(@Reference TenantRegistry tenants, @Reference RuleParametersRegistry rules,
            @Reference AccessGuard guard) {
        this(tenants, rules, guard, Clock.system(EligibilityServiceImpl.JAPAN));
    }

    /**
     * @param tenants the open tenant stores
     * @param rules per-tenant rule parameters
     * @param guard authorises and logs every operation
     * @param clock time source (zone = Japan)
     */
    public IncomeServiceImpl(TenantRegistry tenants, RuleParametersRegistry rules, AccessGuard guard, Clock clock) {
        this.tenants = tenants;
        this.rules = rules;
        this.guard = guard;
        this.clock = clock;
    }

    @Override
    public IncomeImportResult importFile(String tenantCode, Path file, Charset charset) {
        return guard.call(tenantCode, Operation.INCOME_IMPORT, null, () -> {
            IncomeImportResult r = importChecked(tenantCode, file, charset);
            if (!r.accepted()) {
                guard.outcome(OperationOutcome.REJECTED);
            }
            return r;
        });
    }

    private IncomeImportResult importChecked(String tenantCode, Path file, Charset charset) {
        TenantStore store = tenants.store(tenantCode);
        IncomeFileReader.Result read;
        try {
            read = new IncomeFileReader().read(file, charset);
        } catch (IOException e) {
            throw new NhiException("IMPORT_IO", "cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new NhiException("IMPORT_CHARSET", e.getMessage(), e);
        }
        if (!read.accepted()) {
            return new IncomeImportResult(read.fileName(), read.sha256(), read.records(), false, false, 0,
                read.errors());
        }
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        return store.inTransaction(em -> {
            if (em.find(ImportLogEntity.class, new ImportLogEntity.Key(read.sha256(), IMPORT_KIND)) != null) {
                return new IncomeImportResult(read.fileName(), read.sha256(), read.records(), true, true, 0,
                    List.of());
            }
            List<String> problems = ruleProblems(em, read);
            if (!problems.isEmpty()) {
                return new IncomeImportResult(read.fileName(), read.sha256(), read.records(), false, false, 0,
                    problems);
            }
            Map<String, Integer> lastSeq = new HashMap<>();
            for (IncomeFileReader.Row row : read.rows()) {
                String key = row.atenaNo() + "/" + row.fiscalYear();
                int seq = lastSeq.computeIfAbsent(key, k -> maxSeq(em, row.atenaNo(), row.fiscalYear())) + 1;
                lastSeq.put(key, seq);
                TaxIncomeEntity e = new TaxIncomeEntity();
                e.setId(UUID.randomUUID().toString());
                e.setAtenaNo(row.atenaNo());
                e.setFiscalYear(row.fiscalYear());
                e.setSeq(seq);
                e.setTaxableIncome(row.taxableIncome());
                e.setOldProvisoIncome(row.oldProvisoIncome());
                e.setRevenue(row.revenue());
                e.setSalaryIncome(row.salaryIncome());
                e.setImportSha256(read.sha256());
                e.setLineNo(row.line());
                e.setImportedAt(now);
                em.persist(e);
            }
            ImportLogEntity log = new ImportLogEntity();
            log.setSha256(read.sha256());
            log.setKind(IMPORT_KIND);
            log.setFileName(read.fileName());
            log.setRecords(read.rows().size());
            log.setImportedAt(now);
            em.persist(log);
            em.flush();
            guard.sealInTransaction(em);
            return new IncomeImportResult(read.fileName(), read.sha256(), read.records(), true, false,
                read.rows().size(), List.of());
        });
    }

    /** Unknown persons (R1) and a person and year twice in the file; report lines in line order. */
    private static List<String> ruleProblems(EntityManager em, IncomeFileReader.Result read) {
        Set<String> registered = new HashSet<>(em.createQuery("SELECT DISTINCT p.atenaNo FROM PersonEntity p",
            String.class).getResultList());
        Map<String, Long> firstLine = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (IncomeFileReader.Row row : read.rows()) {
            if (!registered.contains(row.atenaNo())) {
                problems.add(ruleLine(read.fileName(), row.line(), "宛名番号", PersonServiceImpl.UNKNOWN_PERSON_RULE,
                    "宛名番号 names no registered person (register persons before importing their income)"));
            }
            Long earlier = firstLine.putIfAbsent(row.atenaNo() + "/" + row.fiscalYear(), row.line());
            if (earlier != null) {
                problems.add(ruleLine(read.fileName(), row.line(), "年度", "DUPLICATE_ROW",
                    "the same 宛名番号 and 年度 are on line " + earlier + "; one row per person and year"));
            }
        }
        return problems;
    }

    private static String ruleLine(String fileName, long line, String item, String rule, String message) {
        // same layout as ImportError lines, with the rule id where the format check id stands
        return fileName + ":" + line + ": " + item + ": " + rule + ": " + message;
    }

    private static int maxSeq(EntityManager em, String atenaNo, int fiscalYear) {
        Integer max = em.createQuery("SELECT MAX(t.seq) FROM TaxIncomeEntity t WHERE t.atenaNo = :a"
            + " AND t.fiscalYear = :y", Integer.class).setParameter("a", atenaNo).setParameter("y", fiscalYear)
            .getSingleResult();
        return max == null ? 0 : max;
    }

    @Override
    public Optional<PersonIncome> income(String tenantCode, String atenaNo, int fiscalYear) {
        return guard.call(tenantCode, Operation.INCOME_READ, atenaNo, () -> {
            TenantStore store = tenants.store(tenantCode);
            digits(atenaNo, "宛名番号");
            return store.read(em -> latestIncome(em, atenaNo, fiscalYear)).map(IncomeServiceImpl::toIncome);
        });
    }

    @Override
    public InvoluntaryUnemployment registerInvoluntaryUnemployment(String tenantCode, UnemploymentRequest r) {
        return guard.call(tenantCode, Operation.UNEMPLOYMENT_REGISTER, r == null ? null : r.atenaNo(),
            () -> unemployment(tenantCode, r));
    }

    private InvoluntaryUnemployment unemployment(String tenantCode, UnemploymentRequest r) {
        TenantStore store = tenants.store(tenantCode);
        require(r != null, "INPUT", "no application given");
        String atenaNo = digits(r.atenaNo(), "宛名番号");
        require(r.separationDate() != null && r.applicationDate() != null, "INPUT",
            "the 離職日 and the 届出日 are needed");
        require(!r.applicationDate().isAfter(LocalDate.now(clock)), "INPUT", "届出日 " + r.applicationDate()
            + " is in the future");
        require(!r.applicationDate().isBefore(r.separationDate()), InvoluntaryUnemploymentRule.RULE, "届出日 "
            + r.applicationDate() + " is before the 離職日 " + r.separationDate());
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        return store.inTransaction(em -> {
            PersonEntity person = PersonServiceImpl.require(em, atenaNo);
            InvoluntaryUnemploymentRule.Eligibility outcome = InvoluntaryUnemploymentRule.eligibility(
                r.separationDate(), person.getBirthDate(), r.separationReasonCode());
            if (!outcome.isEligible()) {
                throw new RuleViolationException(InvoluntaryUnemploymentRule.RULE, "宛名番号 " + atenaNo
                    + " is not eligible for the 非自発的失業者 軽減: " + outcome);
            }
            boolean known = !em.createQuery("SELECT u FROM UnemploymentEntity u WHERE u.atenaNo = :a"
                + " AND u.separationDate = :d", UnemploymentEntity.class).setParameter("a", atenaNo)
                .setParameter("d", r.separationDate()).getResultList().isEmpty();
            require(!known, InvoluntaryUnemploymentRule.RULE, "宛名番号 " + atenaNo + ": the 離職日 "
                + r.separationDate() + " is already recorded");
            UnemploymentEntity e = new UnemploymentEntity();
            e.setId(UUID.randomUUID().toString());
            e.setAtenaNo(atenaNo);
            e.setSeparationDate(r.separationDate());
            e.setSeparationReasonCode(r.separationReasonCode());
            e.setApplicationDate(r.applicationDate());
            e.setRecordedAt(now);
            em.persist(e);
            em.flush();
            MonthRange period = InvoluntaryUnemploymentRule.reductionPeriod(r.separationDate());
            guard.sealInTransaction(em);
            return new InvoluntaryUnemployment(atenaNo, r.separationDate(), r.separationReasonCode(),
                period.first(), period.last());
        });
    }

    @Override
    public BurdenRate burdenRate(String tenantCode, String atenaNo, LocalDate asOf,
            boolean standardIncomeApplication) {
        return guard.call(tenantCode, Operation.BURDEN_RATE, atenaNo,
            () -> rate(tenantCode, atenaNo, asOf, standardIncomeApplication));
    }

    private BurdenRate rate(String tenantCode, String atenaNo, LocalDate asOf, boolean standardIncomeApplication) {
        TenantStore store = tenants.store(tenantCode);
        digits(atenaNo, "宛名番号");
        require(asOf != null, "INPUT", "no date given");
        return store.read(em -> {
            PersonEntity person = PersonServiceImpl.require(em, atenaNo);
            requireInsured(em, atenaNo, asOf);
            LocalDate birth = person.getBirthDate();
            if (!ElderlyRecipientRule.isElderlyRecipientOn(birth, asOf)) {
                return new BurdenRate(atenaNo, asOf, false, FULL_RATE, "70歳未満", 0, asOf,
                    ElderlyRecipientRule.startDate(birth).minusDays(1));
            }
            int fiscalYear = incomeFiscalYear(asOf);
            List<String> elderly = new ArrayList<>();
            Optional<String> household = HouseholdLedger.householdOf(em, atenaNo, asOf);
            if (household.isPresent()) {
                for (HouseholdMemberEntity m : HouseholdLedger.state(em, household.get(), asOf).members()) {
                    PersonEntity p = PersonServiceImpl.require(em, m.getAtenaNo());
                    if (ElderlyRecipientRule.isElderlyRecipientOn(p.getBirthDate(), asOf)) {
                        elderly.add(m.getAtenaNo());
                    }
                }
            } else {
                elderly.add(atenaNo);
            }
            List<ElderlyMember> members = new ArrayList<>();
            for (String a : elderly) {
                TaxIncomeEntity income = requireIncome(em, a, fiscalYear, ElderlyRecipientRule.RULE);
                members.add(new ElderlyMember(PersonServiceImpl.require(em, a).getBirthDate(),
                    income.getTaxableIncome(), income.getOldProvisoIncome(), income.getRevenue()));
            }
            CopayDecision d = ElderlyRecipientRule.copayRate(members, List.of(), standardIncomeApplication);
            LocalDate from = ElderlyRecipientRule.redeterminationDate(asOf);
            LocalDate to = ElderlyRecipientRule.periodLastDay(asOf);
            LocalDate start = ElderlyRecipientRule.startDate(birth);
            LocalDate end = ElderlyRecipientRule.endDate(birth);
            return new BurdenRate(atenaNo, asOf, true, d.ratePercent(), d.basis().label(), fiscalYear,
                start.isAfter(from) ? start : from, end.isBefore(to) ? end : to);
        });
    }

    @Override
    public HouseholdIncomeCategory incomeCategory(String tenantCode, String nhiHouseholdNo, LocalDate asOf) {
        return guard.call(tenantCode, Operation.INCOME_CATEGORY, null, () -> category(tenantCode, nhiHouseholdNo,
            asOf));
    }

    private HouseholdIncomeCategory category(String tenantCode, String nhiHouseholdNo, LocalDate asOf) {
        TenantStore store = tenants.store(tenantCode);
        digits(nhiHouseholdNo, "国保世帯番号");
        require(asOf != null, "INPUT", "no date given");
        return store.read(em -> {
            require(HouseholdLedger.version(em, nhiHouseholdNo).isPresent(), HouseholdLedger.RULE, "国保世帯番号 "
                + nhiHouseholdNo + " is unknown");
            List<HouseholdMemberEntity> members = HouseholdLedger.state(em, nhiHouseholdNo, asOf).members();
            require(!members.isEmpty(), CATEGORY_RULE, "国保世帯 " + nhiHouseholdNo + " has no insured member on "
                + asOf);
            int fiscalYear = incomeFiscalYear(asOf);
            YearMonth month = YearMonth.from(asOf);
            long total = 0;
            List<String> adjusted = new ArrayList<>();
            for (HouseholdMemberEntity m : members) {
                TaxIncomeEntity income = requireIncome(em, m.getAtenaNo(), fiscalYear, CATEGORY_RULE);
                long counted = income.getOldProvisoIncome();
                if (inReduction(em, tenantCode, m.getAtenaNo(), month)) {
                    long salary = income.getSalaryIncome();
                    counted = Math.max(0, counted - salary + InvoluntaryUnemploymentRule.adjustedSalaryIncome(salary));
                    adjusted.add(m.getAtenaNo());
                }
                total += counted;
            }
            return new HouseholdIncomeCategory(nhiHouseholdNo, asOf, fiscalYear, total, bracket(total), adjusted);
        });
    }

    /**
     * @param oldProvisoIncomeTotal the household's total 旧ただし書所得
     * @return its 所得区分 (R9)
     */
    static IncomeBracket bracket(long oldProvisoIncomeTotal) {
        if (oldProvisoIncomeTotal > BRACKET_A_ABOVE) {
            return IncomeBracket.BRACKET_A;
        }
        if (oldProvisoIncomeTotal > BRACKET_I_ABOVE) {
            return IncomeBracket.BRACKET_I;
        }
        if (oldProvisoIncomeTotal > BRACKET_U_ABOVE) {
            return IncomeBracket.BRACKET_U;
        }
        return IncomeBracket.BRACKET_E;
    }

    /** The 課税年度 whose income applies on a day: the 8/1 switch of R15 (2026-07-31 → 2025, 2026-08-01 → 2026). */
    static int incomeFiscalYear(LocalDate date) {
        return ElderlyRecipientRule.incomeYear(YearMonth.from(date)) + 1;
    }

    private boolean inReduction(EntityManager em, String tenantCode, String atenaNo, YearMonth month) {
        List<UnemploymentEntity> records = em.createQuery("SELECT u FROM UnemploymentEntity u WHERE u.atenaNo = :a",
            UnemploymentEntity.class).setParameter("a", atenaNo).getResultList();
        if (records.isEmpty()) {
            return false;
        }
        List<CoverageVersionEntity> periods = EligibilityServiceImpl.latestPerPeriod(
            EligibilityServiceImpl.history(em, atenaNo));
        LocalDate lossDate = periods.isEmpty() ? null : periods.get(periods.size() - 1).getCoverageEndDate();
        for (UnemploymentEntity u : records) {
            Optional<MonthRange> applied = InvoluntaryUnemploymentRule.appliedPeriod(u.getSeparationDate(), lossDate,
                rules.forTenant(tenantCode).parameters());
            if (applied.isPresent() && applied.get().contains(month)) {
                return true;
            }
        }
        return false;
    }

    private static void requireInsured(EntityManager em, String atenaNo, LocalDate date) {
        boolean insured = EligibilityServiceImpl.latestPerPeriod(EligibilityServiceImpl.history(em, atenaNo))
            .stream().anyMatch(v -> !date.isBefore(v.getCoverageStartDate())
                && (v.getCoverageEndDate() == null || date.isBefore(v.getCoverageEndDate())));
        require(insured, "R1", "宛名番号 " + atenaNo + " is not NHI insured on " + date);
    }

    private static TaxIncomeEntity requireIncome(EntityManager em, String atenaNo, int fiscalYear, String rule) {
        return latestIncome(em, atenaNo, fiscalYear).orElseThrow(() -> new RuleViolationException(rule, "宛名番号 "
            + atenaNo + " has no income of 年度 " + fiscalYear + " imported (nhi:income-import)"));
    }

    private static Optional<TaxIncomeEntity> latestIncome(EntityManager em, String atenaNo, int fiscalYear) {
        return em.createQuery("SELECT t FROM TaxIncomeEntity t WHERE t.atenaNo = :a AND t.fiscalYear = :y"
            + " ORDER BY t.seq DESC", TaxIncomeEntity.class).setParameter("a", atenaNo).setParameter("y", fiscalYear)
            .setMaxResults(1).getResultList().stream().findFirst();
    }

    private static PersonIncome toIncome(TaxIncomeEntity e) {
        return new PersonIncome(e.getAtenaNo(), e.getFiscalYear(), e.getTaxableIncome(), e.getOldProvisoIncome(),
            e.getRevenue(), e.getSalaryIncome());
    }
}
