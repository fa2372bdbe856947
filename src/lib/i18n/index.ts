/** The UI's string catalogue and number formatting, per edition. */
export * from "./locales";
export * from "./translate";
export * from "./numbers";
export * from "./editions";
