package io.ismsflow.context;

import io.ismsflow.trail.Actor;
import io.ismsflow.trail.AuditTrail;
import io.ismsflow.trail.TrailEntry;
import io.ismsflow.web.Versions;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The context of the organisation (4.1, 4.2): its internal and external issues, its climate-change decision, and
 * its interested parties with their requirements. The module's API: every change goes through here, in one
 * transaction with its audit-trail row; the management review reads them from here (9.3.2 b, c).
 */
@Service
@Transactional
public class OrganisationContext {

    static final String ISSUE = "context-issue";
    static final String CLIMATE = "climate-decision";
    static final String PARTY = "interested-party";

    private final ContextIssueRepository issues;
    private final ClimateDecisionRepository climate;
    private final InterestedPartyRepository parties;
    private final FeedbackRepository feedback;
    private final AuditTrail trail;
    private final Clock clock;

    OrganisationContext(ContextIssueRepository issues, ClimateDecisionRepository climate, InterestedPartyRepository parties,
                        FeedbackRepository feedback, AuditTrail trail, Clock clock) {
        this.issues = issues;
        this.climate = climate;
        this.parties = parties;
        this.feedback = feedback;
        this.trail = trail;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ContextIssue> issues() {
        return issues.findAllByOrderById();
    }

    @Transactional(readOnly = true)
    public ContextIssue issue(long id) {
        return issues.findById(id).orElseThrow(() -> new NoSuchElementException("Issue " + id + " does not exist"));
    }

    @Transactional(readOnly = true)
    public List<TrailEntry> trailOf(long id) {
        return trail.find(ISSUE, String.valueOf(id));
    }

    public ContextIssue record(IssueDraft draft, Actor actor) {
        ContextIssue issue = issues.save(ContextIssue.recorded(draft));
        issue.assignCode("ISS-%03d");
        issue = issues.save(issue);
        trail.record(ISSUE, issue.getId(), "recorded", null, issue, actor);
        return issue;
    }

    public ContextIssue edit(long id, IssueDraft draft, Actor actor) {
        ContextIssue issue = issue(id);
        Versions.requireCurrent("Issue " + issue.getCode(), issue.getVersion(), draft.version());
        var before = trail.snapshot(issue);
        issue.describe(draft);
        issue = issues.save(issue);
        trail.record(ISSUE, issue.getId(), "edited", before, issue, actor);
        return issue;
    }

    /** An issue that no longer applies stays on record, retired; retiring twice changes nothing. */
    public ContextIssue retire(long id, Actor actor) {
        return RegisterRetirement.retire(issue(id), issues, trail, ISSUE, actor);
    }

    @Transactional(readOnly = true)
    public List<InterestedParty> parties() {
        return parties.findAllByOrderById();
    }

    @Transactional(readOnly = true)
    public InterestedParty party(long id) {
        return parties.findById(id).orElseThrow(() -> new NoSuchElementException("Interested party " + id + " does not exist"));
    }

    @Transactional(readOnly = true)
    public List<TrailEntry> trailOfParty(long id) {
        return trail.find(PARTY, String.valueOf(id));
    }

    public InterestedParty recordParty(PartyDraft draft, Actor actor) {
        InterestedParty party = parties.save(InterestedParty.recorded(draft));
        party.assignCode("IP-%03d");
        party = parties.save(party);
        trail.record(PARTY, party.getId(), "recorded", null, party, actor);
        return party;
    }

    public InterestedParty editParty(long id, PartyDraft draft, Actor actor) {
        InterestedParty party = party(id);
        Versions.requireCurrent("Interested party " + party.getCode(), party.getVersion(), draft.version());
        var before = trail.snapshot(party);
        party.describe(draft);
        party = parties.save(party);
        trail.record(PARTY, party.getId(), "edited", before, party, actor);
        return party;
    }

    public InterestedParty retireParty(long id, Actor actor) {
        return RegisterRetirement.retire(party(id), parties, trail, PARTY, actor);
    }

    /** Records what a party told the organisation (9.3.2 e); the party's trail says who recorded it. */
    public Feedback recordFeedback(long partyId, Feedback.Draft draft, Actor actor) {
        InterestedParty party = party(partyId);
        Feedback received = feedback.save(new Feedback(null, party.getId(), draft.receivedOn(), draft.channel(), draft.summary(),
                draft.response(), draft.nonconformity(), actor.person(), clock.instant()));
        trail.record(PARTY, party.getId(), "feedback-recorded", null, received, actor);
        return received;
    }

    @Transactional(readOnly = true)
    public List<Feedback> feedbackFrom(long partyId) {
        return feedback.findByPartyOrderByReceivedOnDescIdDesc(party(partyId).getId());
    }

    public ClimateDecision decideOnClimate(ClimateDecision.Draft draft, Actor actor) {
        ClimateDecision decision = climate.save(new ClimateDecision(null, draft.relevant(), draft.rationale(), draft.decidedBy(),
                draft.decidedOn(), clock.instant()));
        trail.record(CLIMATE, decision.id(), "decided", null, decision, actor);
        return decision;
    }

    /** The decision that holds; none is a gap in the ISMS (4.1 as amended in 2024). */
    @Transactional(readOnly = true)
    public Optional<ClimateDecision> climateDecision() {
        return climate.findFirstByOrderByDecidedOnDescIdDesc();
    }

    @Transactional(readOnly = true)
    public List<ClimateDecision> climateDecisions() {
        return climate.findAllByOrderByDecidedOnDescIdDesc();
    }
}
