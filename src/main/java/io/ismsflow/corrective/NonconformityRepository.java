package io.ismsflow.corrective;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface NonconformityRepository extends ListCrudRepository<Nonconformity, Long> {

    Optional<Nonconformity> findByReference(String reference);

    List<Nonconformity> findAllByOrderByIdDesc();

    @Query("""
            select distinct nc.* from nonconformity nc join nonconformity_control c on c.nonconformity = nc.id
            where c.control_id in (:controls) order by nc.id""")
    List<Nonconformity> findOnControls(Collection<String> controls);
}
