package vn.qcdc.flow.blocview;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * qcdc.bloc-view: who sees the bloc's dashboard and how the bloc's consolidated report is
 * headed and signed. The bloc's deadlines are the bloc's settings ({@link BlocDeadline}).
 *
 * @param bodies the bloc's bodies (Camunda group ids and names): their members, and
 *     administrators, see the dashboard and the consolidated report; their receipt of each
 *     agency's report is shown per body
 * @param superiorBody the line above the issuer in the report's heading (36-HD/VPTW)
 * @param issuer the body that issues the consolidated report: the bloc's Party Committee
 * @param issuerSymbol the issuer's symbol in the number, "...-BC/ĐUK"
 * @param place the place in the date line; blank: the first agency's
 * @param signerTitle the signer's title, lines separated by \n
 * @param signerName the signer's name under the signature; may be blank
 * @param recipients "Nơi nhận" of the consolidated report
 * @param reportCron when to check whether a deadline has passed ("-": never; the tests call
 *     {@link BlocReports#generateDue()} themselves)
 */
@ConfigurationProperties("qcdc.bloc-view")
public record BlocViewProperties(
    @DefaultValue List<Body> bodies,
    @DefaultValue("Đảng bộ thành phố") String superiorBody,
    @DefaultValue("Đảng ủy Khối Các cơ quan thành phố") String issuer,
    @DefaultValue("ĐUK") String issuerSymbol,
    @DefaultValue("") String place,
    @DefaultValue("T/M BAN THƯỜNG VỤ\nBÍ THƯ") String signerTitle,
    @DefaultValue("") String signerName,
    @DefaultValue List<String> recipients,
    @DefaultValue("0 15 * * * *") String reportCron) {

  /** The two bodies above the agencies (issue 16), as the bloc's file names them. */
  static final List<Body> DEFAULT_BODIES = List.of(
      new Body("khoi-dang-uy", "Đảng ủy Khối Các cơ quan thành phố"),
      new Body("bcd-thanh-pho", "Ban Chỉ đạo thực hiện QCDCCS thành phố"));
  static final List<String> DEFAULT_RECIPIENTS = List.of(
      "Ban Thường vụ Thành ủy (để báo cáo)",
      "Ban Chỉ đạo thực hiện QCDCCS thành phố",
      "Các cơ quan thuộc Khối",
      "Lưu Văn phòng Đảng ủy Khối");
  /** Camunda's administrators see everything, the bloc's dashboard included. */
  static final String ADMINISTRATORS = "camunda-admin";

  public BlocViewProperties {
    bodies = bodies == null || bodies.isEmpty() ? DEFAULT_BODIES : List.copyOf(bodies);
    recipients = recipients == null || recipients.isEmpty() ? DEFAULT_RECIPIENTS
        : List.copyOf(recipients);
  }

  /** A body of the bloc: its group id and its name. */
  public record Body(String id, String name) {
  }

  List<String> groups() {
    return bodies.stream().map(Body::id).toList();
  }

  String bodyName(String id) {
    return bodies.stream().filter(b -> b.id().equals(id)).map(Body::name).findFirst()
        .orElse(id);
  }
}
