package io.ismsflow.context;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface FeedbackRepository extends ListCrudRepository<Feedback, Long> {

    List<Feedback> findByPartyOrderByReceivedOnDescIdDesc(long party);
}
