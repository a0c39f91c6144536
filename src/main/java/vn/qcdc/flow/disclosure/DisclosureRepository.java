package vn.qcdc.flow.disclosure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DisclosureRepository extends JpaRepository<Disclosure, String> {

  Optional<Disclosure> findByYearAndItemCode(int year, String itemCode);

  List<Disclosure> findByYear(int year);

  List<Disclosure> findByPublishedOnBetween(LocalDate from, LocalDate to);
}
