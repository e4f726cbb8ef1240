export { assess, barriersAnswered } from './assess';

export { badness, weight } from './badness';
export { benchmarkPositions, nationalFigure, standingOf } from './benchmark';
export { recommend } from './recommend';
export { pressure, scoreSection, scoreSections, shownScaleQuestions } from './score';
export { answerOf, isShown, shownSections } from '../questions/visibility';
export type * from './types';
export { scoreParticipant, type ScoredAnswers } from './participant';
export { combine, combineScored, type WorkshopResult, type WorkshopSection, type WorkshopQuestion } from './workshop';
export {
  compareAssessments,
  type Comparison,
  type SectionChange,
  type QuestionChange,
  type Direction,
} from './compare';
export { planProgress, type ActionProgress } from './plan-progress';
export { targetGaps, targetsClosedBy, type TargetGap } from './targets';
export { firstSteps, verdictOf, type AreaStanding, type Verdict } from './verdict';
export { documented } from './documented';
export { headlinesOf, weakestArea, type Headlines, type WeakestArea } from './headlines';
export { decide, type DecidedWorkshop } from './decisions';
export { compareRoles, roleGap, roleMinimum, type RoleComparison, type RoleGap, type RoleGroup } from './roles';
export { answerRange, disputeRange, disputedQuestions } from './disputes';
export {
  groupByName,
  nameKey,
  repeatKey,
  withoutRepeats,
  type Assessment,
  type NamedGroup,
  type Repeat,
} from './collection';
export {
  trendOf,
  type Trend,
  type TrendPoint,
  type SectionTrend,
  type PairComparability,
  type Move,
  type ActionHistory,
  type TrendProblem,
} from './trend';
export {
  compareUnits,
  scoredSections,
  type UnitsComparison,
  type UnitScores,
  type UnitStanding,
  type UnitDifference,
  type UnitsProblem,
  type Replaced,
} from './units';
export { peerRecord, type PeerRecord } from './peer-record';
export { makePeerPack, type LeftOut, type PackMakingProblem } from './peer-pack-make';
export { peerComparison, type PeerComparison, type PeerArea, type PeerQuestion, type PeerSegment } from './peers';
