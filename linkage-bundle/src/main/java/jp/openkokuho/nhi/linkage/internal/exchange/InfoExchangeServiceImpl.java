package jp.openkokuho.nhi.linkage.internal.exchange;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import jp.openkokuho.nhi.api.audit.OperationGuard;
import jp.openkokuho.nhi.api.linkage.ExchangeDirection;
import jp.openkokuho.nhi.api.linkage.IdentityService;
import jp.openkokuho.nhi.api.linkage.InfoExchangeService;
import jp.openkokuho.nhi.api.linkage.LinkageException;
import jp.openkokuho.nhi.api.linkage.PermittedItem;
import jp.openkokuho.nhi.api.linkage.ProvisionRecord;
import jp.openkokuho.nhi.api.privacy.Masking;
import jp.openkokuho.nhi.api.tenant.TenantService;
import jp.openkokuho.nhi.linkage.internal.LinkageOperations;
import jp.openkokuho.nhi.linkage.internal.store.LinkageStore;
import jp.openkokuho.nhi.linkage.internal.store.LinkageStores;

/** {@link InfoExchangeService}: the permitted-items guard and the 情報提供等記録. */
@Component(service = InfoExchangeService.class)
public class InfoExchangeServiceImpl implements InfoExchangeService {
    /** 番号法施行令30条: 情報提供等記録 are kept seven years. */
    public static final int RETENTION_YEARS = 7;
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final TenantService tenants;
    private final LinkageStores stores;
    private final OperationGuard guard;
    private final IdentityService identity;
    private final IntermediateServerClient client;
    private final Clock clock;

    /**
     * @param tenants the tenants
     * @param stores linkage stores
     * @param guard authorises and logs every operation in the municipality\'s operation log
     * @param identity the 符号 mapping
     * @param client the 中間サーバー, when configured
     */
    @Activate
    public InfoExchangeServiceImpl(@Reference TenantService tenants, @Reference LinkageStores stores, @Reference OperationGuard guard,
            @Reference IdentityService identity,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            IntermediateServerClient client) {
        this(tenants, stores, guard, identity, client, Clock.systemUTC());
    }

    /**
     * @param tenants the tenants
     * @param stores linkage stores
     * @param guard authorises and logs every operation in the municipality\'s operation log
     * @param identity the 符号 mapping
     * @param client the 中間サーバー; {@code null}: record only (outcome {@code RECORDED})
     * @param clock time source
     */
    public InfoExchangeServiceImpl(TenantService tenants, LinkageStores stores, OperationGuard guard, IdentityService identity,
            IntermediateServerClient client, Clock clock) {
        this.tenants = tenants;
        this.stores = stores;
        this.guard = guard;
        this.identity = identity;
        this.client = client;
        this.clock = clock;
    }

    @Override
    public List<PermittedItem> permittedItems(String tenantCode, LocalDate asOf) {
        return guard.call(tenantCode, LinkageOperations.EXCHANGE_PERMITTED_ITEMS, null, () -> permittedItemsUnguarded(tenantCode, asOf));
    }

    private List<PermittedItem> permittedItemsUnguarded(String tenantCode, LocalDate asOf) {
        tenants.require(tenantCode);
        return table(tenantCode).inForce(asOf);
    }

    @Override
    public PermittedItem updatePermittedItem(String tenantCode, PermittedItem item, String staffId) {
        return guard.call(tenantCode, LinkageOperations.EXCHANGE_UPDATE_PERMITTED_ITEM, null, () -> updatePermittedItemUnguarded(tenantCode, item, staffId));
    }

    private PermittedItem updatePermittedItemUnguarded(String tenantCode, PermittedItem item, String staffId) {
        tenants.require(tenantCode);
        if (item == null || item.direction() == null || item.validFrom() == null || item.legalBasis() == null
                || item.legalBasis().isBlank() || staffId == null || staffId.isBlank()) {
            throw new LinkageException("R19", "a permitted item needs direction, item, start, legal basis and staff id");
        }
        if (item.validTo() != null && !item.validTo().isAfter(item.validFrom())) {
            throw new LinkageException("R19", "valid_to " + item.validTo() + " is not after valid_from " + item.validFrom());
        }
        table(tenantCode);
        return stores.forTenant(tenantCode).inTransaction(c -> {
            // the same row again changes its end or wording (closing an item); any other change is a new row
            try (PreparedStatement u = c.prepareStatement("UPDATE permitted_item SET valid_to = ?, legal_basis = ?, "
                    + "changed_by = ? WHERE direction = ? AND item_no = ? AND valid_from = ?")) {
                u.setDate(1, item.validTo() == null ? null : Date.valueOf(item.validTo()));
                u.setString(2, item.legalBasis());
                u.setString(3, staffId.strip());
                u.setString(4, item.direction().name());
                u.setInt(5, item.itemNo());
                u.setDate(6, Date.valueOf(item.validFrom()));
                if (u.executeUpdate() == 1) {
                    return item;
                }
            }
            insertItem(c, item, staffId.strip());
            return item;
        });
    }

    @Override
    public ProvisionRecord exchange(String tenantCode, ExchangeDirection direction, String atenaNo,
            List<Integer> itemNos, String counterpart, String requestedBy) {
        return guard.call(tenantCode, LinkageOperations.EXCHANGE, atenaNo, () -> exchangeUnguarded(tenantCode, direction, atenaNo, itemNos, counterpart, requestedBy));
    }

    private ProvisionRecord exchangeUnguarded(String tenantCode, ExchangeDirection direction, String atenaNo,
            List<Integer> itemNos, String counterpart, String requestedBy) {
        tenants.require(tenantCode);
        if (direction == null || atenaNo == null || counterpart == null || counterpart.isBlank() || requestedBy == null
                || requestedBy.isBlank()) {
            throw new LinkageException("R19", "an exchange needs direction, 宛名番号, counterpart and requester");
        }
        List<Integer> items = itemNos == null ? List.of() : List.copyOf(itemNos);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, JAPAN);
        List<PermittedItem> permits;
        try {
            permits = table(tenantCode).require(direction, items, today);
        } catch (LinkageException refused) {
            insertRecord(tenantCode, atenaNo, direction, items, counterpart, requestedBy, now, "該当なし", "REFUSED");
            throw refused;
        }
        String basis = permits.stream().map(PermittedItem::legalBasis).distinct().collect(Collectors.joining("; "));
        String agencyCode = identity.identity(tenantCode, atenaNo).agencyCode();
        if (agencyCode == null) {
            insertRecord(tenantCode, atenaNo, direction, items, counterpart, requestedBy, now, basis, "REFUSED");
            throw new LinkageException("R19", "宛名番号 " + Masking.atenaNumber(atenaNo)
                + " has no 符号 yet: obtain it from the 中間サーバー before any 情報照会 or 情報提供");
        }
        ProvisionRecord pending = insertRecord(tenantCode, atenaNo, direction, items, counterpart, requestedBy, now,
            basis, client == null ? "RECORDED" : "PENDING");
        if (client == null) {
            return pending;
        }
        boolean sent = client.send(tenantCode, new IntermediateServerClient.Request(pending.recordId(),
            direction.name(), agencyCode, items, counterpart));
        String outcome = sent ? "SENT" : "FAILED";
        stores.forTenant(tenantCode).inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE provision_record SET outcome = ? WHERE record_id = ?")) {
                ps.setString(1, outcome);
                ps.setLong(2, pending.recordId());
                return ps.executeUpdate();
            }
        });
        return new ProvisionRecord(pending.recordId(), atenaNo, direction, items, counterpart, requestedBy, now, basis,
            outcome, pending.retainUntil());
    }

    @Override
    public List<ProvisionRecord> provisionLog(String tenantCode, String atenaNo) {
        return guard.call(tenantCode, LinkageOperations.EXCHANGE_PROVISION_LOG, atenaNo, () -> provisionLogUnguarded(tenantCode, atenaNo));
    }

    private List<ProvisionRecord> provisionLogUnguarded(String tenantCode, String atenaNo) {
        tenants.require(tenantCode);
        return stores.forTenant(tenantCode).inTransaction(c -> {
            List<ProvisionRecord> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT record_id, atena_no, direction, item_nos, counterpart, "
                    + "requested_by, requested_at, legal_basis, outcome, retain_until FROM provision_record "
                    + "WHERE atena_no = ? ORDER BY record_id")) {
                ps.setString(1, atenaNo);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String nos = rs.getString(4);
                        out.add(new ProvisionRecord(rs.getLong(1), rs.getString(2),
                            ExchangeDirection.valueOf(rs.getString(3)),
                            nos.isEmpty() ? List.of() : Arrays.stream(nos.split(",")).map(Integer::valueOf).toList(),
                            rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getString(8),
                            rs.getString(9), rs.getDate(10).toLocalDate()));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public int purgeExpired(String tenantCode, LocalDate today) {
        return guard.call(tenantCode, LinkageOperations.EXCHANGE_PURGE, null, () -> purgeExpiredUnguarded(tenantCode, today));
    }

    private int purgeExpiredUnguarded(String tenantCode, LocalDate today) {
        tenants.require(tenantCode);
        return stores.forTenant(tenantCode).inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM provision_record WHERE retain_until < ?")) {
                ps.setDate(1, Date.valueOf(today));
                return ps.executeUpdate();
            }
        });
    }

    private PermittedItemsTable table(String tenantCode) {
        LinkageStore store = stores.forTenant(tenantCode);
        return store.inTransaction(c -> {
            List<PermittedItem> rows = readItems(c);
            if (rows.isEmpty()) {
                for (PermittedItem item : PermittedItemsTable.bundled().items()) {
                    insertItem(c, item, "bundled");
                }
                rows = readItems(c);
            }
            return new PermittedItemsTable(rows);
        });
    }

    private static List<PermittedItem> readItems(Connection c) throws SQLException {
        List<PermittedItem> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT direction, item_no, valid_from, "
                + "valid_to, legal_basis FROM permitted_item ORDER BY direction, item_no, valid_from")) {
            while (rs.next()) {
                Date to = rs.getDate(4);
                rows.add(new PermittedItem(ExchangeDirection.valueOf(rs.getString(1)), rs.getInt(2),
                    rs.getDate(3).toLocalDate(), to == null ? null : to.toLocalDate(), rs.getString(5)));
            }
        }
        return rows;
    }

    private static void insertItem(Connection c, PermittedItem item, String staffId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO permitted_item (direction, item_no, valid_from, "
                + "valid_to, legal_basis, changed_by) VALUES (?,?,?,?,?,?)")) {
            ps.setString(1, item.direction().name());
            ps.setInt(2, item.itemNo());
            ps.setDate(3, Date.valueOf(item.validFrom()));
            ps.setDate(4, item.validTo() == null ? null : Date.valueOf(item.validTo()));
            ps.setString(5, item.legalBasis());
            ps.setString(6, staffId);
            ps.executeUpdate();
        }
    }

    private ProvisionRecord insertRecord(String tenantCode, String atenaNo, ExchangeDirection direction,
            List<Integer> items, String counterpart, String requestedBy, Instant at, String basis, String outcome) {
        LocalDate retainUntil = LocalDate.ofInstant(at, JAPAN).plusYears(RETENTION_YEARS);
        String nos = items.stream().map(String::valueOf).collect(Collectors.joining(","));
        return stores.forTenant(tenantCode).inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO provision_record (atena_no, direction, item_nos, "
                    + "counterpart, requested_by, requested_at, legal_basis, outcome, retain_until) VALUES "
                    + "(?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, atenaNo);
                ps.setString(2, direction.name());
                ps.setString(3, nos);
                ps.setString(4, counterpart.strip());
                ps.setString(5, requestedBy.strip());
                ps.setTimestamp(6, Timestamp.from(at));
                ps.setString(7, basis);
                ps.setString(8, outcome);
                ps.setDate(9, Date.valueOf(retainUntil));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return new ProvisionRecord(keys.getLong(1), atenaNo, direction, items, counterpart.strip(),
                        requestedBy.strip(), at, basis, outcome, retainUntil);
                }
            }
        });
    }
}
