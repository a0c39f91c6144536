package vn.qcdc.flow.support;

/**
 * The test users' password: organisation/test-agency.yml and small-agency.yml take every
 * password from ${QCDC_TEST_PASSWORD}, which application-test.yaml (or AppNode's command
 * line) sets to this. It passes the credential guard's policy, as a real agency's must.
 */
public final class TestPasswords {

  public static final String PASSWORD = "Qz-Kx!pW-0309";

  private TestPasswords() {
  }

  public static String of(String user) {
    return PASSWORD;
  }
}
