package org.symbiose.collective;

import org.symbiose.ids.EntityId;

/**
 * A kind of collective action as its tests reach it: the repository that keeps it, its change log table
 * and the segment of its pages under an initiative ({@code events}, {@code purchases}).
 */
public record ActionKind<I extends EntityId, A extends CollectiveAction<I>>(
        Class<? extends ActionStore<I, A>> store, String changeLog, String pages) {}
