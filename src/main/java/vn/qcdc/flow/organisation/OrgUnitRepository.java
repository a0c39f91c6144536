package vn.qcdc.flow.organisation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrgUnitRepository extends JpaRepository<OrgUnit, String> {

  List<OrgUnit> findByActiveTrueOrderBySortOrder();
}
