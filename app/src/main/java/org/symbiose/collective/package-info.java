/**
 * What an initiative's collective actions share, whatever they are: events (workshops, meetings,
 * trainings, visits) and group purchases. Each is recorded by the initiative's facilitators on pages of
 * the same life cycle (list, new, edit, delete after confirmation, a change naming the version it was
 * made from), written through a service that keeps who did what when in the feature's change log and
 * makes the computed figures be counted again, and names the companies that took part among the
 * initiative's own. The features ({@code events}, {@code purchasing}) keep their tables, forms, pages and
 * messages; they subclass {@link org.symbiose.collective.CollectiveActionPages} and
 * {@link org.symbiose.collective.CollectiveActions} and hand them their repository and change log.
 */
package org.symbiose.collective;
