"""Tests of users, sign-in, sessions and dual control."""
