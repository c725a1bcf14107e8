package io.dmstestkit.dsl.internal.groovy;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Finds where a script opens a block, a bracket or a string that it never closes, for the syntax error
 * Groovy reports at the end of the file. Brackets are matched as written, with the indentation as a
 * witness: a closing brace indented less than the line of the brace it would match closes an outer
 * block, so the inner one is the one left open.
 *
 * <pre>{@code
 * scenario('orders') {            // 1
 *     replication('orders') {     // 2   ← reported: this block is never closed
 *         type FULL_LOAD          // 3
 *     start 'orders'              // 4
 * }                               // 5   closes the scenario, by its indentation
 * }</pre>
 *
 * A best guess on an error path only: comments, strings and {@code ${…}} inside strings are understood;
 * slashy strings ({@code /regex/}) are not, and then the scanner may find nothing.
 */
final class UnclosedOpenings {

    /** An opening never closed: the bracket or the quote, where it is (1-based). */
    record Opening(String what, int line, int column, int indent) {
        boolean isString() {
            return what.startsWith("'") || what.startsWith("\"");
        }
    }

    private final String text;
    private final Deque<Opening> open = new ArrayDeque<>();
    private Opening leftOpen;
    private int index;
    private int line = 1;
    private int column = 1;
    private int indent;
    private boolean onlySpacesSoFar = true;

    private UnclosedOpenings(String text) {
        this.text = text;
    }

    /** The opening the text leaves unclosed at its end, if the scanner can tell. */
    static Optional<Opening> find(String text) {
        return new UnclosedOpenings(text).scan();
    }

    private Optional<Opening> scan() {
        while (index < text.length()) {
            Opening top = open.peek();
            if (top != null && top.isString()) {
                inString(top);
            } else {
                inCode();
            }
        }
        if (leftOpen != null) {
            return Optional.of(leftOpen);
        }
        Opening innermostString =
                open.stream().filter(Opening::isString).findFirst().orElse(null);
        return Optional.ofNullable(innermostString != null ? innermostString : open.peek());
    }

    private void inCode() {
        char c = text.charAt(index);
        if (startsWith("//")) {
            while (index < text.length() && text.charAt(index) != '\n') {
                advance();
            }
        } else if (startsWith("/*")) {
            advance(2);
            while (index < text.length() && !startsWith("*/")) {
                advance();
            }
            advance(2);
        } else if (startsWith("'''") || startsWith("\"\"\"")) {
            open.push(opening(text.substring(index, index + 3)));
            advance(3);
        } else if (c == '\'' || c == '"' || c == '{' || c == '(' || c == '[') {
            open.push(opening(String.valueOf(c)));
            advance();
        } else if (c == '}' || c == ')' || c == ']') {
            close(c);
            advance();
        } else {
            advance();
        }
    }

    private void inString(Opening string) {
        String quote = string.what();
        if (text.charAt(index) == '\\') {
            advance(2);
        } else if (quote.length() == 1 && text.charAt(index) == '\n') { // 'x' and "x" end on their line
            open.pop();
            if (leftOpen == null) {
                leftOpen = string;
            }
        } else if (startsWith(quote)) {
            open.pop();
            advance(quote.length());
        } else if (quote.startsWith("\"") && startsWith("${")) {
            open.push(opening("${"));
            advance(2);
        } else {
            advance();
        }
    }

    private void close(char closing) {
        String matching = closing == '}' ? "{" : closing == ')' ? "(" : "[";
        boolean firstOnItsLine = onlySpacesSoFar;
        while (!open.isEmpty() && !open.peek().isString()) {
            Opening matched = open.pop();
            boolean sameKind = matched.what().equals(matching)
                    || (closing == '}' && matched.what().equals("${"));
            boolean outdented = firstOnItsLine && closing == '}' && matched.indent() > indent;
            if ((sameKind && !outdented) || open.isEmpty() || open.peek().isString()) {
                return;
            }
            if (leftOpen == null) {
                // another kind of bracket, or a brace indented less than its line: it closes an outer
                // opening, so this one was left open
                leftOpen = matched;
            }
        }
    }

    private Opening opening(String what) {
        return new Opening(what, line, column, indent);
    }

    private boolean startsWith(String prefix) {
        return text.startsWith(prefix, index);
    }

    private void advance(int count) {
        for (int i = 0; i < count && index < text.length(); i++) {
            advance();
        }
    }

    private void advance() {
        char c = text.charAt(index++);
        if (c == '\n') {
            line++;
            column = 1;
            indent = 0;
            onlySpacesSoFar = true;
            return;
        }
        column++;
        if (onlySpacesSoFar && (c == ' ' || c == '\t')) {
            indent++;
        } else {
            onlySpacesSoFar = false;
        }
    }
}
