package org.homeownership.recovery.recoverycase;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.homeownership.recovery.arrangement.StageReference;
import org.homeownership.recovery.recoverycase.policy.Stage;

/** What the engine decided for a case: each outcome a type of its own. */
public sealed interface Outcome {

  /** The kind, for counting and ordering. */
  OutcomeKind kind();

  /** The stage the outcome is about, if one. */
  default Optional<Stage> about() {
    return Optional.empty();
  }

  /** The outcome in one line. */
  String describe();

  /**
   * The stage's action is due now.
   *
   * @param stage the stage; if it {@linkplain Stage#needsApproval() needs approval} an officer
   *     approves it before it is taken
   */
  record ActionDue(Stage stage) implements Outcome {
    /** Checks the stage is given. */
    public ActionDue {
      requireNonNull(stage, "stage");
    }

    @Override
    public OutcomeKind kind() {
      return OutcomeKind.ACTION_DUE;
    }

    @Override
    public Optional<Stage> about() {
      return Optional.of(stage);
    }

    @Override
    public String describe() {
      return "ACTION DUE: "
          + stage.code()
          + " "
          + stage.name()
          + " ("
          + stage.action().displayName()
          + stage.templateCode().map(t -> ", template " + t).orElse("")
          + ")"
          + (stage.needsApproval() ? ", needs officer approval" : "");
    }
  }

  /**
   * The next stage is due but goes to an officer instead of being taken automatically.
   *
   * @param stage the stage
   * @param why why, such as a vulnerability hold or a stale previous stage
   */
  record ReferredToOfficer(Stage stage, String why) implements Outcome {
    /** Checks every part is given. */
    public ReferredToOfficer {
      requireNonNull(stage, "stage");
      requireNonNull(why, "why");
    }

    @Override
    public OutcomeKind kind() {
      return OutcomeKind.REFERRED_TO_OFFICER;
    }

    @Override
    public Optional<Stage> about() {
      return Optional.of(stage);
    }

    @Override
    public String describe() {
      return "REFERRED TO OFFICER: " + stage.code() + " " + stage.name() + ": " + why;
    }
  }

  /**
   * The next stage's conditions are not all met yet.
   *
   * @param stage the next stage
   */
  record Waiting(Stage stage) implements Outcome {
    /** Checks the stage is given. */
    public Waiting {
      requireNonNull(stage, "stage");
    }

    @Override
    public OutcomeKind kind() {
      return OutcomeKind.WAITING;
    }

    @Override
    public Optional<Stage> about() {
      return Optional.of(stage);
    }

    @Override
    public String describe() {
      return "WAITING for " + stage.code() + " " + stage.name();
    }
  }

  /**
   * The next stage's conditions hold but a statutory gate is closed.
   *
   * @param stage the next stage
   * @param gate the gate's name
   */
  record GateClosed(Stage stage, String gate) implements Outcome {
    /** Checks every part is given. */
    public GateClosed {
      requireNonNull(stage, "stage");
      requireNonNull(gate, "gate");
    }

    @Override
    public OutcomeKind kind() {
      return OutcomeKind.GATE_CLOSED;
    }

    @Override
    public Optional<Stage> about() {
      return Optional.of(stage);
    }

    @Override
    public String describe() {
      return "GATE CLOSED: " + stage.code() + " " + stage.name() + " blocked by " + gate;
    }
  }

  /**
   * A hold keeps the case where it is.
   *
   * @param resumeAt the stage recovery resumes at when the hold ends; empty if none reached
   */
  record OnHold(Optional<StageReference> resumeAt) implements Outcome {
    /** Checks the stage is given. */
    public OnHold {
      requireNonNull(resumeAt, "resumeAt");
    }

    @Override
    public OutcomeKind kind() {
      return OutcomeKind.ON_HOLD;
    }

    @Override
    public String describe() {
      return "ON HOLD: resumes at "
          + resumeAt.map(StageReference::code).orElse("the first stage")
          + " when the hold ends";
    }
  }

  /**
   * The counted arrears fell below the current stage's minimum: the case steps back.
   *
   * @param from the stage it was at
   * @param to the highest earlier stage whose minimum the arrears meet; empty for none
   */
  record SteppedBack(StageReference from, Optional<StageReference> to) implements Outcome {
    /** Checks every part is given. */
    public SteppedBack {
      requireNonNull(from, "from");
      requireNonNull(to, "to");
    }

    @Override
    public OutcomeKind kind() {
      return OutcomeKind.STEPPED_BACK;
    }

    @Override
    public String describe() {
      return "STEPPED BACK from " + from + " to " + to.map(StageReference::code).orElse("no stage");
    }
  }

  /**
   * The counted arrears are at or below the closure threshold: the case closes.
   *
   * @param from the stage it was at
   */
  record Closed(StageReference from) implements Outcome {
    /** Checks the stage is given. */
    public Closed {
      requireNonNull(from, "from");
    }

    @Override
    public OutcomeKind kind() {
      return OutcomeKind.CLOSED;
    }

    @Override
    public String describe() {
      return "CLOSED at " + from + ": debt cleared";
    }
  }

  /**
   * The case is at the last stage of its ladder; what follows is for an officer (court, tribunal
   * and enforcement tracking come later).
   *
   * @param last the last stage
   */
  record LadderComplete(StageReference last) implements Outcome {
    /** Checks the stage is given. */
    public LadderComplete {
      requireNonNull(last, "last");
    }

    @Override
    public OutcomeKind kind() {
      return OutcomeKind.LADDER_COMPLETE;
    }

    @Override
    public String describe() {
      return "LADDER COMPLETE at " + last;
    }
  }

  /** Nothing counted is owed and no case is open. */
  record NothingOwed() implements Outcome {
    @Override
    public OutcomeKind kind() {
      return OutcomeKind.NOTHING_OWED;
    }

    @Override
    public String describe() {
      return "NOTHING OWED";
    }
  }
}
