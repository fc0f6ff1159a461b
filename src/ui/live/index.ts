export { PhoneVote, type PhoneVoteProps } from './PhoneVote';
export { VotePanel, type VotePanelProps } from './VotePanel';
