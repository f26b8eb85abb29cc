package org.symbiose.initiatives;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.symbiose.ids.InitiativeId;

/**
 * An initiative (démarche d'EIT) and everything its experience sheet says about it. Immutable: each
 * {@code revise...} method returns the revised initiative, which the repository saves with an
 * optimistic version check.
 *
 * @param id null until saved
 * @param location null when the initiative is not placed on the map
 * @param version optimistic-lock counter, incremented by the repository on each save
 */
public record Initiative(
        InitiativeId id,
        String slug,
        String name,
        String title,
        boolean published,
        Location location,
        Prose description,
        Carrier carrier,
        Territory territory,
        List<String> objectives,
        List<String> highlights,
        List<KeyFigure> keyFigures,
        List<Stage> stages,
        String launchText,
        Means means,
        Governance governance,
        Animation animation,
        List<Contact> contacts,
        int version,
        Instant updatedAt) {

    public Initiative {
        slug = Texts.required(slug, "slug");
        if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("slug must be lowercase words joined by hyphens: " + slug);
        }
        name = Texts.required(name, "name");
        title = Texts.required(title, "title");
        description = description == null ? Prose.EMPTY : description;
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(territory, "territory");
        objectives = Texts.items(objectives);
        highlights = Texts.items(highlights);
        keyFigures = List.copyOf(keyFigures);
        stages = List.copyOf(stages);
        launchText = Texts.optional(launchText);
        Objects.requireNonNull(means, "means");
        Objects.requireNonNull(governance, "governance");
        Objects.requireNonNull(animation, "animation");
        contacts = List.copyOf(contacts);
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public Initiative reviseIdentity(
            String newName, String newTitle, Prose newDescription, Location newLocation, boolean newPublished) {
        return new Initiative(
                id,
                slug,
                newName,
                newTitle,
                newPublished,
                newLocation,
                newDescription,
                carrier,
                territory,
                objectives,
                highlights,
                keyFigures,
                stages,
                launchText,
                means,
                governance,
                animation,
                contacts,
                version,
                updatedAt);
    }

    public Initiative reviseCarrierAndTerritory(Carrier newCarrier, Territory newTerritory) {
        return new Initiative(
                id,
                slug,
                name,
                title,
                published,
                location,
                description,
                newCarrier,
                newTerritory,
                objectives,
                highlights,
                keyFigures,
                stages,
                launchText,
                means,
                governance,
                animation,
                contacts,
                version,
                updatedAt);
    }

    public Initiative reviseObjectives(List<String> newObjectives, List<String> newHighlights) {
        return new Initiative(
                id,
                slug,
                name,
                title,
                published,
                location,
                description,
                carrier,
                territory,
                newObjectives,
                newHighlights,
                keyFigures,
                stages,
                launchText,
                means,
                governance,
                animation,
                contacts,
                version,
                updatedAt);
    }

    public Initiative reviseKeyFigures(List<KeyFigure> newKeyFigures) {
        return new Initiative(
                id,
                slug,
                name,
                title,
                published,
                location,
                description,
                carrier,
                territory,
                objectives,
                highlights,
                newKeyFigures,
                stages,
                launchText,
                means,
                governance,
                animation,
                contacts,
                version,
                updatedAt);
    }

    public Initiative reviseStages(List<Stage> newStages, String newLaunchText) {
        return new Initiative(
                id,
                slug,
                name,
                title,
                published,
                location,
                description,
                carrier,
                territory,
                objectives,
                highlights,
                keyFigures,
                newStages,
                newLaunchText,
                means,
                governance,
                animation,
                contacts,
                version,
                updatedAt);
    }

    public Initiative reviseMeans(Means newMeans) {
        return new Initiative(
                id,
                slug,
                name,
                title,
                published,
                location,
                description,
                carrier,
                territory,
                objectives,
                highlights,
                keyFigures,
                stages,
                launchText,
                newMeans,
                governance,
                animation,
                contacts,
                version,
                updatedAt);
    }

    public Initiative reviseGovernance(Governance newGovernance) {
        return new Initiative(
                id,
                slug,
                name,
                title,
                published,
                location,
                description,
                carrier,
                territory,
                objectives,
                highlights,
                keyFigures,
                stages,
                launchText,
                means,
                newGovernance,
                animation,
                contacts,
                version,
                updatedAt);
    }

    public Initiative reviseAnimation(Animation newAnimation, List<Contact> newContacts) {
        return new Initiative(
                id,
                slug,
                name,
                title,
                published,
                location,
                description,
                carrier,
                territory,
                objectives,
                highlights,
                keyFigures,
                stages,
                launchText,
                means,
                governance,
                newAnimation,
                newContacts,
                version,
                updatedAt);
    }

    /** The same initiative as stored: with its id, version and time of the save. */
    Initiative stored(InitiativeId storedId, int storedVersion, Instant storedAt) {
        return new Initiative(
                storedId,
                slug,
                name,
                title,
                published,
                location,
                description,
                carrier,
                territory,
                objectives,
                highlights,
                keyFigures,
                stages,
                launchText,
                means,
                governance,
                animation,
                contacts,
                storedVersion,
                storedAt);
    }
}
