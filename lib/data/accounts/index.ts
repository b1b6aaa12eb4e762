export * from './rate-limit';
export * from './sign-in-throttle';
export * from './users';
export * from './viewer';
