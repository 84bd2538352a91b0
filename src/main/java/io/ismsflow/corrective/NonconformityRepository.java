package io.ismsflow.corrective;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface NonconformityRepository extends ListCrudRepository<Nonconformity, Long> {

    Optional<Nonconformity> findByReference(String reference);

    List<Nonconformity> findAllByOrderByIdDesc();

    /** Earlier nonconformities that share a control, a risk or the area with the given one (10.2 b3). */
    @Query("""
            select distinct other.* from nonconformity other
            where other.id <> :id and (
                exists (select 1 from nonconformity_control mine join nonconformity_control theirs on theirs.control_id = mine.control_id
                        where mine.nonconformity = :id and theirs.nonconformity = other.id)
             or exists (select 1 from nonconformity_risk mine join nonconformity_risk theirs on theirs.risk_id = mine.risk_id
                        where mine.nonconformity = :id and theirs.nonconformity = other.id)
             or (other.area is not null and other.area = (select area from nonconformity where id = :id)))
            order by other.id desc""")
    List<Nonconformity> findSimilarTo(long id);

    @Query("""
            select distinct nc.* from nonconformity nc join nonconformity_control c on c.nonconformity = nc.id
            where c.control_id in (:controls) order by nc.id""")
    List<Nonconformity> findOnControls(Collection<String> controls);
}
