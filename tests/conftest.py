"""Shared pytest setup: the scripted local HTTP server fixtures for every test folder."""

pytest_plugins = ["tests.servers.fixtures"]
