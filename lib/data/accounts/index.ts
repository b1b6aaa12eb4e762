export * from './rate-limit';
export * from './sign-in-throttle';
export * from './users';
export * from './viewer';
export * from './cli-accounts';
export * from './rate-limit-budget';
export * from './editors';
