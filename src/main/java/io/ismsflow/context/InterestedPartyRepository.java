package io.ismsflow.context;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface InterestedPartyRepository extends ListCrudRepository<InterestedParty, Long> {

    List<InterestedParty> findAllByOrderById();
}
