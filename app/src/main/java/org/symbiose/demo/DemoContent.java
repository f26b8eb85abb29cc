package org.symbiose.demo;

import java.math.BigDecimal;
import java.util.List;

/** Shape of {@code demo/initiatives.json} (docs/formats/demo-data.md), read by Jackson. */
record DemoContent(NetworkData network, List<InitiativeData> initiatives) {

    record NetworkData(
            String name,
            String shortName,
            String compendiumTitle,
            List<String> introduction,
            List<String> coordinators) {}

    record InitiativeData(
            String slug,
            String name,
            String title,
            boolean published,
            LocationData location,
            List<String> description,
            CarrierData carrier,
            TerritoryData territory,
            List<String> objectives,
            List<String> highlights,
            List<KeyFigureData> keyFigures,
            List<SynergyData> synergies,
            List<StageData> stages,
            String launch,
            MeansData means,
            GovernanceData governance,
            AnimationData animation,
            List<ContactData> contacts,
            List<DiagnosticData> diagnostics,
            List<EventData> events,
            List<PurchaseData> groupPurchases) {}

    record LocationData(String communeInsee, double lat, double lon) {}

    record CarrierData(
            String name, String shortName, String type, Integer founded, Integer members, List<String> description) {}

    record TerritoryData(List<String> description, List<String> communes, List<ParkData> parks) {}

    record ParkData(String name, String communeInsee, BigDecimal areaHa, Integer companies, Integer jobs) {}

    record KeyFigureData(BigDecimal value, String unit, String label, String metric) {}

    /** A synergy's quantity: {@code unit} as Unit.parse reads it ("t", "m3"), {@code period} as Period.parse ("year"). */
    record QuantityData(BigDecimal value, String unit, String period) {}

    record SynergyData(
            String ref,
            String title,
            String description,
            String kind,
            String subType,
            String status,
            Integer year,
            QuantityData quantity,
            BigDecimal co2AvoidedT,
            Integer companiesInvolved,
            List<String> participants,
            List<String> flows) {}

    record StageData(
            String title,
            String period,
            Integer startYear,
            Integer endYear,
            Integer durationMonths,
            List<String> description) {}

    record MeansData(
            BigDecimal fte,
            String fteText,
            BigDecimal budgetEur,
            String budgetText,
            String fundingText,
            List<FundingLineData> fundingLines,
            String sustainabilityModel,
            String otherNotes) {}

    record FundingLineData(String funder, BigDecimal amountEur, BigDecimal sharePct) {}

    record GovernanceData(
            List<String> strategic, List<String> technical, List<String> partners, List<String> publicPolicies) {}

    record AnimationData(List<String> methods, List<String> communicationTools) {}

    record ContactData(String role, String organisation, String website) {}

    record DiagnosticData(String actor, String kind, String theme, String date, boolean charterSigned) {}

    record EventData(
            String kind, String title, String date, String communeInsee, List<String> attendees, String notes) {}

    record PurchaseData(String title, String category, String date, List<String> participants, String notes) {}
}
