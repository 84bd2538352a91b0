package io.ismsflow.review;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import io.ismsflow.engine.JobInput;
import io.ismsflow.trail.Actor;
import io.ismsflow.web.InvalidFieldsException;
import java.util.List;
import org.springframework.stereotype.Component;

/** 9.3.1, 9.3.3: what top management concluded and decided in the meeting; the minutes go for approval. */
@Component
public class RecordReviewMeetingWorker {

    private final ManagementReviews reviews;
    private final ReviewDeadlines deadlines;
    private final JobInput input;

    RecordReviewMeetingWorker(ManagementReviews reviews, ReviewDeadlines deadlines, JobInput input) {
        this.reviews = reviews;
        this.deadlines = deadlines;
        this.input = input;
    }

    @JobWorker(type = "record-review-meeting")
    public Held record(ActivatedJob job, @VariablesAsType MeetingSubmission submission) {
        Meeting meeting = input.valid(submission.meeting(), job);
        try {
            reviews.hold(submission.reviewId(), meeting, Actor.forJob(job, submission.completedBy()));
        } catch (InvalidFieldsException e) {
            throw JobInput.incident(job, "The meeting's record cannot be kept: " + e.problems());
        }
        return new Held(deadlines.minutes());
    }

    /** What the "Hold management review" form submits. */
    public record MeetingSubmission(long reviewId, String conclusion, String meetingNotes, Boolean climateReconfirmed,
                                    List<Meeting.DecisionDraft> decisions, List<PlannedReviewAction> reviewActions, String completedBy) {

        Meeting meeting() {
            return new Meeting(conclusion, meetingNotes, Boolean.TRUE.equals(climateReconfirmed), decisions == null ? List.of() : decisions,
                    reviewActions == null ? List.of() : reviewActions);
        }
    }

    public record Held(String minutesDueAt) {
    }
}
