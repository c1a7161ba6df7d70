package jp.kyoso.web.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.metadata.ConstraintDescriptor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns bean-validation violations into field errors as clients see them: request paths and constraint names. */
final class ConstraintViolations {

    private ConstraintViolations() {
    }

    /** A violation reduced to what rendering needs; {@code messageKey} may refine {@code code} (Size.max, Size.items). */
    record Violation(String field, String code, String messageKey, Object[] args) {
    }

    static Violation describe(ConstraintViolation<?> violation) {
        String code = constraintName(violation.getConstraintDescriptor(), violation.getMessageTemplate());
        Map<String, Object> attributes = violation.getConstraintDescriptor() == null
                ? Map.of() : violation.getConstraintDescriptor().getAttributes();
        String field = field(violation.getPropertyPath());
        return switch (code) {
            case "Size" -> size(field, attributes, violation.getInvalidValue());
            case "Min", "Max" -> new Violation(field, code, code, new Object[]{attributes.get("value")});
            case "DecimalMin", "DecimalMax" -> new Violation(field, code,
                    Boolean.FALSE.equals(attributes.get("inclusive")) ? code + ".exclusive" : code,
                    new Object[]{attributes.get("value")});
            case "Digits" -> new Violation(field, code, code,
                    new Object[]{attributes.get("integer"), attributes.get("fraction")});
            default -> new Violation(field, code, code, new Object[0]);
        };
    }

    /**
     * The property path as the client sent it: method and parameter nodes dropped ({@code create.body.name} is
     * {@code name}), indexes kept ({@code commitments[0].target}); a constraint on a parameter itself keeps its name.
     */
    static String field(Path path) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, CROSS_PARAMETER -> {
                    // The Java method is an implementation detail, not part of the request.
                }
                case PARAMETER, RETURN_VALUE -> {
                    parameter = node.getName();
                    field.setLength(0);
                }
                case BEAN, CONTAINER_ELEMENT -> appendIndex(field, node);
                default -> {
                    appendIndex(field, node);
                    if (!field.isEmpty()) {
                        field.append('.');
                    }
                    field.append(node.getName());
                }
            }
        }
        if (field.isEmpty() || field.charAt(0) == '[') {
            // A constraint on the argument itself (or on the elements of a list argument) is about that argument.
            field.insert(0, parameter == null ? "" : parameter);
        }
        return field.toString();
    }

    // Jakarta puts a container's index on the node that follows it, so "commitments", "target"[0] is commitments[0].target.
    private static void appendIndex(StringBuilder field, Path.Node node) {
        if (node.isInIterable()) {
            Object index = node.getIndex() != null ? node.getIndex() : node.getKey();
            field.append('[').append(index == null ? "" : index).append(']');
        }
    }

    private static String constraintName(ConstraintDescriptor<?> descriptor, String messageTemplate) {
        if (descriptor != null) {
            try {
                return descriptor.getAnnotation().annotationType().getSimpleName();
            } catch (RuntimeException notSynthesisable) {
                // Fall through to the template, which names the constraint too.
            }
        }
        // "{jakarta.validation.constraints.NotBlank.message}" -> "NotBlank"
        if (messageTemplate != null && messageTemplate.startsWith("{") && messageTemplate.endsWith(".message}")) {
            String qualified = messageTemplate.substring(1, messageTemplate.length() - ".message}".length());
            return qualified.substring(qualified.lastIndexOf('.') + 1);
        }
        return "Invalid";
    }

    private static Violation size(String field, Map<String, Object> attributes, Object value) {
        int min = intAttribute(attributes, "min", 0);
        int max = intAttribute(attributes, "max", Integer.MAX_VALUE);
        String key = value instanceof CharSequence ? "Size" : "Size.items";
        List<Object> args = new ArrayList<>();
        if (min == max) {
            key += ".exact";
            args.add(min);
        } else if (min <= 0) {
            key += ".max";
            args.add(max);
        } else if (max == Integer.MAX_VALUE) {
            key += ".min";
            args.add(min);
        } else {
            args.add(min);
            args.add(max);
        }
        return new Violation(field, "Size", key, args.toArray());
    }

    private static int intAttribute(Map<String, Object> attributes, String name, int fallback) {
        return attributes.get(name) instanceof Number number ? number.intValue() : fallback;
    }
}
