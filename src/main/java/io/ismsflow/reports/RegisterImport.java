package io.ismsflow.reports;

import io.ismsflow.trail.Actor;
import io.ismsflow.trail.AuditTrail;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a register from a spreadsheet: a dry run reports, row by row, what would be created or changed and every
 * problem; applying does it all in one transaction (each record through its module, with its own trail row) and
 * records the import itself in the audit trail ("imported from risks.xlsx by …"), or, with any problem, nothing.
 */
@Service
class RegisterImport {

    static final String ENTITY = "import";

    /** One register's import: its columns, how a row becomes a plan, and how a plan is carried out. */
    interface Rows<P> {

        String register();

        String keyColumn();

        List<String> requiredColumns();

        /** @param keysSeen the keys of the rows above, with their lines (a key twice is a problem) */
        Plan<P> plan(SheetReader.Line line, Map<String, Integer> keysSeen);

        /** @return the key of the record created or changed */
        String apply(P planned, Actor actor);
    }

    /** A row as the report shows it, and what applying it does. */
    record Plan<P>(ImportReport.Row row, P planned) {

        static <P> Plan<P> of(SheetReader.Line line, String key, boolean isNew, List<String> changes, List<String> problems, P planned) {
            ImportReport.Action action = !problems.isEmpty() ? ImportReport.Action.REFUSED : isNew ? ImportReport.Action.CREATE
                    : changes.isEmpty() ? ImportReport.Action.UNCHANGED : ImportReport.Action.CHANGE;
            return new Plan<>(new ImportReport.Row(line.number(), key, action, changes, List.copyOf(problems)), planned);
        }
    }

    private record Planned<P>(ImportReport report, List<Plan<P>> plans) {
    }

    private final Map<String, Rows<?>> registers;
    private final AuditTrail trail;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RegisterImport(List<Rows<?>> registers, AuditTrail trail, TransactionTemplate transaction, Clock clock) {
        this.registers = registers.stream().collect(Collectors.toMap(Rows::register, Function.identity()));
        this.trail = trail;
        this.transaction = transaction;
        this.clock = clock;
    }

    ImportReport dryRun(String register, String file, byte[] content) {
        return plan(rows(register), file, content).report();
    }

    ImportReport apply(String register, String file, byte[] content, Actor actor) {
        return apply(rows(register), file, content, actor);
    }

    private Rows<?> rows(String register) {
        Rows<?> rows = registers.get(register);
        if (rows == null) {
            throw new NoSuchElementException("There is no register called " + register + " to import: risks or soa");
        }
        return rows;
    }

    private <P> ImportReport apply(Rows<P> rows, String file, byte[] content, Actor actor) {
        Planned<P> planned = plan(rows, file, content);
        if (planned.report().refused()) {
            return planned.report();
        }
        return transaction.execute(status -> {
            List<String> created = new ArrayList<>();
            List<String> changed = new ArrayList<>();
            for (Plan<P> plan : planned.plans()) {
                switch (plan.row().action()) {
                    case CREATE -> created.add(rows.apply(plan.planned(), actor));
                    case CHANGE -> changed.add(rows.apply(plan.planned(), actor));
                    default -> { }
                }
            }
            trail.record(ENTITY, rows.register() + "-" + clock.millis(), "imported", null,
                    Map.of("register", rows.register(), "file", file, "created", created, "changed", changed), actor);
            return planned.report().appliedNow();
        });
    }

    private <P> Planned<P> plan(Rows<P> rows, String file, byte[] content) {
        SheetReader.Register register;
        try {
            register = SheetReader.read(file, content, rows.keyColumn());
        } catch (SheetReader.UnreadableFileException e) {
            return new Planned<>(ImportReport.unreadable(file, rows.register(), e.getMessage()), List.of());
        }
        List<String> missing = rows.requiredColumns().stream().filter(column -> !register.columns().contains(column)).toList();
        if (!missing.isEmpty()) {
            return new Planned<>(ImportReport.unreadable(file, rows.register(), "The file has no column " + String.join(", ", missing)), List.of());
        }
        if (register.lines().isEmpty()) {
            return new Planned<>(ImportReport.unreadable(file, rows.register(), "The file has no rows below its header"), List.of());
        }
        Map<String, Integer> keysSeen = new HashMap<>();
        List<Plan<P>> plans = register.lines().stream().map(line -> rows.plan(line, keysSeen)).toList();
        return new Planned<>(new ImportReport(file, rows.register(), false, List.of(), plans.stream().map(Plan::row).toList()), plans);
    }
}
