import bcrypt from "bcryptjs";

// Cost 11: about 150 ms in bcryptjs here, slow for guessing, quick enough for a sign-in.
const COST = 11;

export const hashPassword = (password: string) => bcrypt.hash(password, COST);
export const verifyPassword = (password: string, hash: string) => bcrypt.compare(password, hash);

/** Compared against when the e-mail is unknown, so both paths take the same time. */
export const DUMMY_HASH = bcrypt.hashSync("portico-dummy-password", COST);
