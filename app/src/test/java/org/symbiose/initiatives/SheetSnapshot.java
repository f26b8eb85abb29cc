package org.symbiose.initiatives;

import java.time.Instant;

/**
 * An initiative as a test found it, to compare with later and to put back afterwards, so that tests
 * which edit the demo data leave it as other tests expect it.
 */
record SheetSnapshot(InitiativeRepository repository, Initiative original) {

    static SheetSnapshot take(InitiativeRepository repository, String slug) {
        return new SheetSnapshot(repository, repository.getBySlug(slug));
    }

    /** The sheet's content, without the version and time of the last save. */
    static Initiative content(Initiative initiative) {
        return initiative.stored(initiative.id(), 0, Instant.EPOCH);
    }

    Initiative current() {
        return repository.getById(original.id());
    }

    boolean unchanged() {
        return content(current()).equals(content(original));
    }

    /** Saves the original content over whatever version is stored now. */
    void restore() {
        Initiative current = current();
        if (!content(current).equals(content(original))) {
            repository.save(
                    original.stored(original.id(), current.version(), current.updatedAt()),
                    repository.networkIdOf(original.id()));
        }
    }
}
