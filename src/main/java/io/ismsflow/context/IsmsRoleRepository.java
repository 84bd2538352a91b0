package io.ismsflow.context;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface IsmsRoleRepository extends ListCrudRepository<IsmsRole, Long> {

    List<IsmsRole> findAllByOrderById();

    boolean existsByName(String name);

    boolean existsByNameAndIdNot(String name, long id);
}
