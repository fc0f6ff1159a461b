export { BranchChart, BRANCH_COLOURS, type BranchView } from './BranchChart';
export { PresenterHud, decisionText, type PresenterHudProps } from './PresenterHud';
