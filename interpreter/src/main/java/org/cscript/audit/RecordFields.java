package org.cscript.audit;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongPredicate;
import org.cscript.abi.Unset;

/**
 * The field names each record type can carry under a {@link RecordCatalogue}, derived from the
 * catalogue itself: every factory method of the interface (every method returning an
 * {@link AuditRecord}) is called with sample values and the names of the fields of the records it
 * builds are collected per type. Nothing is declared a second time, so the field sets cannot drift
 * from the layouts, and a form added to the interface (or an implementation added to
 * {@link RecordCatalogue#every()}) is covered without a change here. This was preferred to a field
 * list declared beside each factory: such a list is a second copy that only a test can hold to
 * the layout, and every new form (and every new implementation) would have to add one.
 *
 * <p>A layout may depend on the values it is given (SYSCALL of {@code exit} and {@code exit_group}
 * has no {@code success=} and {@code exit=}), so each factory is called once with the first sample
 * of every parameter and then once more for each further sample of one parameter, the others at
 * their first: every constant of an enum parameter (every {@code Syscall}, every {@code NsKind}),
 * both booleans, the unset values {@link Unset#U64} and {@link Unset#U32} for a {@code long}. A
 * record parameter ({@code Actor}, {@code SubjectSnapshot}) is built with the first sample of each
 * of its components. A further sample that an implementation refuses with
 * {@link IllegalArgumentException} is skipped; a parameter type without samples here is a bug that
 * names the method, found by the first check (and by {@code RecordFieldsTest}).
 *
 * <p>Only the fields after the {@code msg=audit(...):} header are fields: the type, the timestamp
 * and the serial are the header, which {@link TraceRecord} keeps apart and no {@link FieldPattern}
 * sees. {@code msg='...'} of USER is a field of that form.
 */
final class RecordFields {
    private static final Map<RecordCatalogue, Map<RecordType, Set<String>>> BY_CATALOGUE = new ConcurrentHashMap<>();

    private RecordFields() {
    }

    /** The field names of each type under {@code catalogue}, in the order first built; cached. */
    static Map<RecordType, Set<String>> of(RecordCatalogue catalogue) {
        return BY_CATALOGUE.computeIfAbsent(catalogue, RecordFields::derive);
    }

    /** The union over {@link RecordCatalogue#every()}, in catalogue order. */
    static Set<String> inAnyCatalogue(RecordType type) {
        return AnyCatalogue.FIELDS.get(type);
    }

    /**
     * The union as the build wrote it down ({@link #UNION_RESOURCE}): deriving it calls every
     * factory of both catalogues through reflection, a fifth of a cold {@code cscript run}'s
     * parse. RecordFieldsTest derives it again and fails when the two differ (and rewrites the
     * file with -Dcscript.update-goldens=true), so it cannot drift from the layouts.
     */
    private static final class AnyCatalogue {
        static final Map<RecordType, Set<String>> FIELDS = UnionFile.read();
    }

    /** The resource that holds the union: one line per type, "TYPE field field ...". */
    static final String UNION_RESOURCE = "record-fields.txt";

    /** The union derived now from the catalogues. */
    static Map<RecordType, Set<String>> deriveUnion() {
        Map<RecordType, Set<String>> out = new EnumMap<>(RecordType.class);
        for (RecordType t : RecordType.values()) {
            Set<String> names = new LinkedHashSet<>();
            for (RecordCatalogue c : RecordCatalogue.every()) {
                names.addAll(c.fields(t));
            }
            out.put(t, Collections.unmodifiableSet(names));
        }
        return out;
    }

    /** Every record {@code catalogue} builds from the samples, factory by factory (by name). */
    static List<AuditRecord> everyForm(RecordCatalogue catalogue) {
        List<AuditRecord> out = new ArrayList<>();
        for (Method m : factories()) {
            List<List<Object>> samples = new ArrayList<>();
            for (int i = 0; i < m.getParameterCount(); i++) {
                samples.add(samples(m.getGenericParameterTypes()[i], m));
            }
            out.add(build(catalogue, m, samples, -1, 0));
            for (int i = 0; i < samples.size(); i++) {
                for (int j = 1; j < samples.get(i).size(); j++) {
                    try {
                        out.add(build(catalogue, m, samples, i, j));
                    } catch (IllegalArgumentException refused) {
                        // a value this implementation is never given
                    }
                }
            }
        }
        return out;
    }

    /** The factory methods of the interface, sorted by name and parameter count for a stable order. */
    static List<Method> factories() {
        return Arrays.stream(RecordCatalogue.class.getMethods())
                .filter(m -> m.getReturnType() == AuditRecord.class && !Modifier.isStatic(m.getModifiers()))
                .sorted(Comparator.comparing(Method::getName).thenComparing(Method::getParameterCount))
                .toList();
    }

    private static Map<RecordType, Set<String>> derive(RecordCatalogue catalogue) {
        Map<RecordType, Set<String>> out = new EnumMap<>(RecordType.class);
        for (RecordType t : RecordType.values()) {
            out.put(t, new LinkedHashSet<>());
        }
        for (AuditRecord r : everyForm(catalogue)) {
            // Any record may open an event without a SYSCALL record and be the one a v11
            // CONTAINER_ID annotates, so its linked form counts too (the seed's is the same record).
            for (AuditRecord.Field f : catalogue.linked(r, 1).fields()) {
                out.get(r.type()).add(f.name());
            }
        }
        out.replaceAll((t, names) -> Collections.unmodifiableSet(names));
        return Collections.unmodifiableMap(out);
    }

    /** Calls {@code m} with the first sample of each parameter, except sample {@code j} for parameter {@code i}. */
    private static AuditRecord build(RecordCatalogue catalogue, Method m, List<List<Object>> samples, int i, int j) {
        Object[] args = new Object[samples.size()];
        for (int k = 0; k < args.length; k++) {
            args[k] = samples.get(k).get(k == i ? j : 0);
        }
        try {
            return (AuditRecord) m.invoke(catalogue, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sample values of one parameter (or record component) type, the first one the plain case. */
    private static List<Object> samples(Type type, Method m) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            List<Object> elements = samples(p.getActualTypeArguments()[0], m);
            return values(List.of(elements.getFirst(), elements.getFirst()));
        }
        if (!(type instanceof Class<?> c)) {
            throw noSamples(type, m);
        }
        if (c == long.class) {
            return values(7L, Unset.U64, Unset.U32);
        }
        if (c == int.class) {
            return values(7);
        }
        if (c == boolean.class) {
            return values(true, false);
        }
        if (c == String.class) {
            return values("x");
        }
        if (c == long[].class) {
            return values((Object) new long[] {1, 2, 3, 4, 5, 6});
        }
        if (c == LongPredicate.class) {
            return values((LongPredicate) v -> false);
        }
        if (c == AuditRecord.class) {
            return values(AuditRecord.of(RecordType.SYSCALL).build(), AuditRecord.of(RecordType.OBJ_PID).build(),
                    AuditRecord.of(RecordType.NETFILTER_PKT).build());
        }
        if (c == RecordCatalogue.NsInums.class) {
            return values(RecordCatalogue.NsInums.of(kind -> 4026531840L + kind.ordinal()));
        }
        if (c.isEnum()) {
            return values((Object[]) c.getEnumConstants());
        }
        if (c.isRecord()) {
            return values(record(c, m));
        }
        throw noSamples(type, m);
    }

    private static List<Object> values(Object... values) {
        return List.of(values);
    }

    /** A record built with the first sample of each component. */
    private static Object record(Class<?> c, Method m) {
        RecordComponent[] components = c.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] values = new Object[components.length];
        for (int k = 0; k < components.length; k++) {
            values[k] = samples(components[k].getGenericType(), m).getFirst();
        }
        try {
            Constructor<?> canonical = c.getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build a sample " + c.getSimpleName() + " for " + m, e);
        }
    }

    private static IllegalStateException noSamples(Type type, Method m) {
        return new IllegalStateException("RecordFields has no sample value of type " + type.getTypeName()
                + ", a parameter of RecordCatalogue." + m.getName() + ": add one to samples()");
    }
}
