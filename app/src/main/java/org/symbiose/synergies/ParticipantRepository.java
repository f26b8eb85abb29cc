package org.symbiose.synergies;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.symbiose.ids.CompanyId;
import org.symbiose.ids.FlowId;
import org.symbiose.ids.SynergyId;

/**
 * The writes that change who takes part in a synergy and which flows it links, after creation. The
 * caller ({@link SynergyParticipation}) has checked the version and the rules; these only write.
 */
@Repository
class ParticipantRepository {

    private final JdbcClient jdbc;

    ParticipantRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(SynergyId synergyId, CompanyId companyId, ParticipantRole role) {
        jdbc.sql("insert into synergy_participant (synergy_id, company_id, role) values (?, ?, ?)")
                .params(synergyId.value(), companyId.value(), role.name())
                .update();
    }

    void remove(SynergyId synergyId, CompanyId companyId) {
        jdbc.sql("delete from synergy_participant where synergy_id = ? and company_id = ?")
                .params(synergyId.value(), companyId.value())
                .update();
    }

    void attach(SynergyId synergyId, FlowId flowId) {
        jdbc.sql("insert into synergy_flow (synergy_id, flow_id) values (?, ?)")
                .params(synergyId.value(), flowId.value())
                .update();
    }

    void detach(SynergyId synergyId, FlowId flowId) {
        jdbc.sql("delete from synergy_flow where synergy_id = ? and flow_id = ?")
                .params(synergyId.value(), flowId.value())
                .update();
    }

    /**
     * Takes the synergy from {@code version} to the next one, the check every change of participants or
     * flows passes first: false (nothing written) when it was written since.
     */
    boolean nextVersion(SynergyId synergyId, int version) {
        return jdbc.sql("update synergy set version = version + 1 where id = ? and version = ?")
                        .params(synergyId.value(), version)
                        .update()
                == 1;
    }
}
