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

    /**
     * A register's columns as an import reads them.
     *
     * @param register the name its address uses
     * @param key the column that names a record: a row's first, and no two rows alike
     */
    record Columns(String register, String key, List<String> required) {
    }

    /** One register's import: its columns, how a row becomes a plan, and how a plan is carried out. */
    interface Rows<P> {

        Columns columns();

        Plan<P> plan(SheetReader.Line line);

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

        Plan<P> refused(String problem) {
            List<String> problems = new ArrayList<>(row.problems());
            problems.addFirst(problem);
            return new Plan<>(new ImportReport.Row(row.line(), row.key(), ImportReport.Action.REFUSED, row.changes(), problems), planned);
        }
    }

    private record Planned<P>(ImportReport report, List<Plan<P>> plans) {
    }

    private final Map<String, Rows<?>> registers;
    private final AuditTrail trail;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RegisterImport(List<Rows<?>> registers, AuditTrail trail, TransactionTemplate transaction, Clock clock) {
        this.registers = registers.stream().collect(Collectors.toMap(rows -> rows.columns().register(), Function.identity()));
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
            String register = rows.columns().register();
            trail.record(ENTITY, register + "-" + clock.millis(), "imported", null,
                    Map.of("register", register, "file", file, "created", created, "changed", changed), actor);
            return planned.report().appliedNow();
        });
    }

    private <P> Planned<P> plan(Rows<P> rows, String file, byte[] content) {
        Columns columns = rows.columns();
        SheetReader.Register register;
        try {
            register = SheetReader.read(file, content, columns.key());
        } catch (SheetReader.UnreadableFileException e) {
            return new Planned<>(ImportReport.unreadable(file, columns.register(), e.getMessage()), List.of());
        }
        List<String> missing = columns.required().stream().filter(column -> !register.columns().contains(column)).toList();
        if (!missing.isEmpty()) {
            return new Planned<>(ImportReport.unreadable(file, columns.register(), "The file has no column " + String.join(", ", missing)), List.of());
        }
        if (register.lines().isEmpty()) {
            return new Planned<>(ImportReport.unreadable(file, columns.register(), "The file has no rows below its header"), List.of());
        }
        Map<String, Integer> keysSeen = new HashMap<>();
        List<Plan<P>> plans = register.lines().stream().map(line -> {
            Plan<P> plan = rows.plan(line);
            String key = line.get(columns.key());
            Integer first = key == null ? null : keysSeen.putIfAbsent(key, line.number());
            return first == null ? plan : plan.refused("%s: %s is on line %d already".formatted(columns.key(), key, first));
        }).toList();
        return new Planned<>(new ImportReport(file, columns.register(), false, List.of(), plans.stream().map(Plan::row).toList()), plans);
    }
}
