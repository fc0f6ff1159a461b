/**
 * Every number the headset adapter uses to turn poses into TraineeSignals, in one place, each with
 * the reason for it. Distances in metres, angles in radians, speeds in m/s, times in seconds.
 * Values marked (design) are our choices, not published figures (domain.md convention): tune them
 * here, never inline. Body proportions follow adult anthropometry (Drillis & Contini segment ratios,
 * stature H): eye height ~0.936 H, shoulder ~0.818 H, elbow ~0.63 H, so for eye heights 1.5-1.75 m
 * the shoulder sits ~0.19-0.22 m below the eyes and the elbow ~0.30-0.35 m below the shoulder.
 */
const deg = (d: number) => (d * Math.PI) / 180;

export const XR_THRESHOLDS = {
  body: {
    /** Eyes to shoulder line (anthropometry above: ~0.12 H). Hands above this are "raised". */
    eyeToShoulder: 0.2,
    /** Half the shoulder width (biacromial ~0.26 H ⇒ ~0.2 m); the shoulders sit this far either side. */
    shoulderHalfWidth: 0.19,
    /** Shoulder to elbow with the upper arm hanging (~0.19 H); crossed arms fold it forward by ~0.1 m. */
    shoulderToElbow: 0.3,
    elbowForwardWhenFolded: 0.12,
    /** Seen from the top, the eyes sit ~0.09 m in front of the shoulder line (head depth). */
    eyesAheadOfTorso: 0.09,
    /**
     * The torso turns slower than the head (people glance with the head, reorient with the body):
     * torso yaw follows head yaw through a first-order lag with this time constant (design).
     */
    torsoLagS: 0.8,
  },
  hands: {
    /** A hand this far above the shoulder line counts as raised (domain §2: hands visible and low). */
    raisedAboveShoulder: 0.05,
    /**
     * "Hidden behind the back": a tracked hand this far behind the torso plane (domain §2, BETA 2:
     * hands visible). 0.1 m behind keeps hands resting at the sides (≈0) from counting.
     */
    hiddenBehindTorso: 0.1,
    /** Both hands untracked this long (behind the back or out of the headset's cameras) ⇒ hidden. */
    untrackedHiddenS: 0.5,
    /** Crossed arms: each hand within this of the opposite estimated elbow (forearm ⌀ + tracking noise). */
    crossedElbowRadius: 0.2,
    /**
     * Pointing: the ray (controller target ray or the index finger) within this cone of the patient's
     * head. ±12° is about a head width at 1.5 m (design), tight enough that resting hands do not point.
     */
    pointingCone: deg(12),
    /** ...with the arm at least this far out in front of the shoulder line (a deliberate point, not a hand at rest). */
    pointingReach: 0.35,
    /** ...and the hand no lower than this below the shoulder line (you point from chest height up). */
    pointingMaxDrop: 0.35,
    /** Controller squeeze or hand curl above this is a fist, which never counts as "open". */
    fistGrip: 0.8,
  },
  motion: {
    /**
     * Sudden movement: hand speed above this (calm gesturing is 0.3-1.5 m/s; a swipe or throw
     * 3-6 m/s; design). Speeds are smoothed over motionSmoothingS to ignore single-frame jitter.
     */
    suddenHandSpeed: 2.5,
    /** Sudden movement: head speed on the floor above this (brisk walking ≈ 1.4-1.8 m/s; a lunge more). */
    suddenHeadSpeed: 2.0,
    /** Exponential smoothing time constant for speeds (≈ 4 frames at 72 Hz). */
    motionSmoothingS: 0.05,
    /** A per-frame jump larger than this is a teleport or tracking recovery, not motion: reset. */
    teleportJump: 0.5,
    /** How long `sudden` stays true after a spike, so a 90 Hz sim sees it on at least one tick. */
    suddenHoldS: 0.25,
  },
  stance: {
    /**
     * "Stand at an angle rather than square-on" (domain §3). The (lagged) torso more than this off
     * the bearing to the patient counts as angled; training material describes ~30-45° (design).
     */
    angledMin: deg(20),
  },
  gaze: {
    /** Head-ray cast interval in frames (raycasts are the costliest part; gaze changes slowly). */
    everyFrames: 4,
  },
} as const;

export type XrThresholds = typeof XR_THRESHOLDS;
