package org.symbiose.collective;

/**
 * A kind of collective action as its tests reach it: the repository that keeps it, its change log table
 * and the segment of its pages under an initiative ({@code events}, {@code purchases}).
 */
public record ActionKind<A extends CollectiveAction>(
        Class<? extends ActionStore<A>> store, String changeLog, String pages) {}
