package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A prefix tree over word sequences, for longest-match dictionary lookup over tokens. Keys are the words of a
 * phrase; values are kept in insertion order.
 */
final class TokenTrie<V> {
    private final Node<V> root = new Node<>();
    private int size;

    private static final class Node<V> {
        final Map<String, Node<V>> children = new HashMap<>();
        final List<V> values = new ArrayList<>(1);
    }

    void put(List<String> words, V value) {
        if (words.isEmpty()) {
            return;
        }
        Node<V> node = root;
        for (String w : words) {
            node = node.children.computeIfAbsent(w, k -> new Node<>());
        }
        if (!node.values.contains(value)) {
            node.values.add(value);
            size++;
        }
    }

    int size() {
        return size;
    }

    /** The candidate keys of one position of the input (a word may match in several forms). */
    interface Keys {
        List<String> at(int position);
    }

    /** The longest match starting at {@code start}: its length in positions and values, or null. */
    Match<V> longest(int start, int limit, Keys keys) {
        Match<V> best = null;
        List<Node<V>> frontier = List.of(root);
        for (int i = start; i < limit && !frontier.isEmpty(); i++) {
            List<Node<V>> next = new ArrayList<>(2);
            for (Node<V> node : frontier) {
                for (String k : keys.at(i)) {
                    Node<V> child = node.children.get(k);
                    if (child != null && !next.contains(child)) {
                        next.add(child);
                    }
                }
            }
            for (Node<V> n : next) {
                if (!n.values.isEmpty()) {
                    best = new Match<>(i - start + 1, n.values);
                    break;
                }
            }
            frontier = next;
        }
        return best;
    }

    record Match<V>(int length, List<V> values) {
    }
}
